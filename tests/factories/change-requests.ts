import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { ChangeKind } from "../../lib/generated/prisma/enums";
import { monumentFieldsSchema } from "../../lib/validations/monument";
import { snapshotRecord } from "../../lib/data/snapshots";

// Change requests as the editing side stores them (docs/change-requests.md): proposedData holds
// the complete editable field set, the complete citation list, new sources and photo ids.

/** A monument's editable fields and citations as they are now, ready to be changed and proposed. */
export async function currentMonumentProposal(prisma: PrismaClient, monumentId: string) {
  const snapshot = (await prisma.$transaction((tx) => snapshotRecord(tx, "MONUMENT", monumentId)))!;
  const editable = new Set(Object.keys(monumentFieldsSchema.shape));
  const fields = Object.fromEntries(Object.entries(snapshot.fields).filter(([key]) => editable.has(key)));
  return {
    fields,
    citations: snapshot.citations.map((c) => ({
      sourceId: c.sourceId,
      locator: c.locator ?? "",
      ...(c.claimEn ? { claim: c.claimEn } : {}),
    })),
  };
}

export async function createMonumentChangeRequest(
  prisma: PrismaClient,
  {
    authorId,
    monumentId,
    change = {},
    kind = "UPDATE",
    note = "Corrected after the 2016 survey.",
    extra = {},
  }: {
    authorId: string;
    monumentId: string;
    change?: Record<string, unknown>;
    kind?: ChangeKind;
    note?: string;
    extra?: Record<string, unknown>;
  },
) {
  const monument = await prisma.monument.findUniqueOrThrow({ where: { id: monumentId } });
  const proposal = await currentMonumentProposal(prisma, monumentId);
  const proposedData = kind === "DELETE" ? {} : { ...proposal, ...extra, fields: { ...proposal.fields, ...change } };
  return prisma.changeRequest.create({
    data: {
      kind,
      entityType: "MONUMENT",
      entityId: monumentId,
      baseVersion: monument.version,
      monumentId,
      proposedData,
      note,
      authorId,
    },
  });
}
