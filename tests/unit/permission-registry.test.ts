import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { discoverEndpoints, endpointKey } from "../permissions/discover";
import { REGISTRY } from "../permissions/registry";

describe("the permission registry (tests/permissions/registry.ts)", () => {
  const { endpoints, problems } = discoverEndpoints();

  it("finds the app's endpoints by itself", () => {
    expect(endpoints.map(endpointKey)).toContain("app/[locale]/(auth)/actions.ts#signOutAction");
    expect(endpoints.map(endpointKey)).toContain("app/api/auth/[...nextauth]/route.ts#POST");
  });

  it("lists every server action and route handler, and nothing that no longer exists", () => {
    const discovered = new Set(endpoints.map(endpointKey));
    const listed = new Set(REGISTRY.map(endpointKey));
    const unlisted = [...discovered].filter((key) => !listed.has(key));
    const stale = [...listed].filter((key) => !discovered.has(key));
    expect({ unlisted, stale }).toEqual({ unlisted: [], stale: [] });
  });

  it("lists each endpoint once, with the right kind and a known permission", () => {
    const keys = REGISTRY.map(endpointKey);
    expect(keys.length).toBe(new Set(keys).size);
    const kinds = new Map(endpoints.map((e) => [endpointKey(e), e.kind]));
    const known = new Set<string>([...Object.values(PERMISSIONS).flat(), "signedIn", "public"]);
    for (const entry of REGISTRY) {
      expect(kinds.get(endpointKey(entry)), endpointKey(entry)).toBe(entry.kind);
      expect(known.has(entry.requires), `${endpointKey(entry)} requires ${entry.requires}`).toBe(true);
    }
  });

  it("has no inline server actions", () => {
    expect(problems).toEqual([]);
  });

  it("notices a new action, a new route handler and an inline action (the scan can fail)", () => {
    const root = mkdtempSync(path.join(tmpdir(), "discover-"));
    try {
      mkdirSync(path.join(root, "app", "x", "api"), { recursive: true });
      writeFileSync(
        path.join(root, "app", "x", "actions.ts"),
        `"use server";\nexport async function deleteEverythingAction() {}\nconst b = async () => {};\nexport { b as renamedAction };\n`,
      );
      writeFileSync(
        path.join(root, "app", "x", "api", "route.ts"),
        `export async function DELETE() {}\nexport const dynamic = "force-dynamic";\n`,
      );
      writeFileSync(
        path.join(root, "app", "x", "page.tsx"),
        `export default function P() { async function go() { "use server"; } return null; }\n`,
      );
      const found = discoverEndpoints(root);
      expect(found.endpoints.map(endpointKey)).toEqual([
        "app/x/actions.ts#deleteEverythingAction",
        "app/x/actions.ts#renamedAction",
        "app/x/api/route.ts#DELETE",
      ]);
      expect(found.problems).toHaveLength(1);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
