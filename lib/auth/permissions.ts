import type { Role } from "@/lib/generated/prisma/enums";

// The one permission table. Every server action and lib/data write asks `assertCan`; a role that
// is not listed here (or no role: a signed-out visitor) can do nothing.
export const PERMISSIONS = {
  CONTRIBUTOR: [
    "changeRequest:create",
    "changeRequest:withdrawOwn",
    "changeRequest:reviseOwn",
    "changeRequest:readOwn",
    "draft:write",
    "upload:create",
    "source:propose",
    "location:readPrecise",
  ],
  ADMIN: [
    "changeRequest:create",
    "changeRequest:withdrawOwn",
    "changeRequest:reviseOwn",
    "changeRequest:readOwn",
    "draft:write",
    "upload:create",
    "source:propose",
    "location:readPrecise",
    "changeRequest:review",
    "revision:revert",
    "record:delete",
    "audit:read",
    "user:manage",
  ],
} as const satisfies Record<Role, readonly string[]>;

export type Permission = (typeof PERMISSIONS)[Role][number];

export class PermissionError extends Error {
  constructor(public readonly permission: Permission) {
    super("You do not have permission to do this.");
    this.name = "PermissionError";
  }
}

export function can(role: string | null | undefined, permission: Permission): boolean {
  if (!role || !Object.hasOwn(PERMISSIONS, role)) return false;
  return (PERMISSIONS[role as Role] as readonly string[]).includes(permission);
}

export function assertCan(role: string | null | undefined, permission: Permission): void {
  if (!can(role, permission)) throw new PermissionError(permission);
}
