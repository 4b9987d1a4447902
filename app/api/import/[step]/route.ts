import { z } from "zod";
import { PermissionError } from "@/lib/auth/permissions";
import { requireActionUser } from "@/lib/auth/session";
import { collectRows, commitImport, dryRunImport, rememberedMapping } from "@/lib/data/imports";
import { env } from "@/lib/env";
import { defaultMapping, IMPORT_ENTITIES, type ColumnMapping } from "@/lib/import/fields";
import { ImportFileError, readSpreadsheet } from "@/lib/import/read-file";

// The bulk import's three steps, each reading the uploaded file as it streams in (the browser
// sends the same file again at each step, so nothing half-uploaded is ever kept on the server):
//   inspect  the header row, the mapping remembered for its shape (else the one its names suggest)
//   check    the dry run: every row checked, the report (nothing written; the mapping remembered)
//   propose  the same analysis, then one batch of change requests (nothing if any row is bad)
// The answer is NDJSON: progress lines while the file is validated and proposed, then one result
// (or one error) line. Signed-in contributors and admins only; the data layer checks it again.

const query = z.object({
  entity: z.enum(IMPORT_ENTITIES),
  name: z.string().max(255).default(""),
  mapping: z
    .string()
    .max(20_000)
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) return undefined;
      try {
        const parsed = z.array(z.string().max(64).nullable()).max(500).parse(JSON.parse(value));
        return parsed as ColumnMapping;
      } catch {
        ctx.addIssue({ code: "custom", message: "invalid mapping" });
        return z.NEVER;
      }
    }),
});

const STEPS = ["inspect", "check", "propose"] as const;

function problem(status: number, code: string) {
  return Response.json({ type: "about:blank", status, code }, { status, headers: { "Cache-Control": "no-store" } });
}

type Emit = (line: Record<string, unknown>) => void;

export async function POST(request: Request, context: { params: Promise<{ step: string }> }) {
  const { step } = await context.params;
  if (!(STEPS as readonly string[]).includes(step)) return problem(404, "notFound");
  // a form on another site cannot drive an import with the visitor's cookies
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return problem(403, "crossSite");

  let user;
  try {
    user = await requireActionUser("changeRequest:create", { action: `import.${step}` });
  } catch (error) {
    if (error instanceof PermissionError) return problem(403, "permission");
    throw error;
  }
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return problem(400, "invalid");
  const { entity, name, mapping } = parsed.data;
  if (step !== "inspect" && !mapping) return problem(400, "invalid");
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > env.IMPORT_MAX_BYTES) return problem(413, "fileTooLarge");
  if (!request.body) return problem(400, "fileEmpty");
  const body = request.body;
  const actor = { id: user.id, role: user.role };

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const emit: Emit = (line) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        const file = await collectRows(
          readSpreadsheet(body, { maxBytes: env.IMPORT_MAX_BYTES, maxRows: env.IMPORT_MAX_ROWS }),
        );
        const onProgress = (event: { phase: string; done: number; total: number }) =>
          emit({ type: "progress", ...event });
        if (step === "inspect") {
          const remembered = await rememberedMapping({ actor, entityType: entity, headers: file.headers });
          emit({
            type: "result",
            format: file.format,
            headers: file.headers,
            rowCount: file.rows.length,
            mapping: remembered ?? defaultMapping(entity, file.headers),
            remembered: remembered !== null,
            sample: file.rows.slice(0, 3).map((row) => row.cells.map((cell) => (typeof cell === "string" ? cell : ""))),
          });
        } else if (step === "check") {
          const report = await dryRunImport({
            actor,
            entityType: entity,
            file,
            mapping: mapping!,
            fileName: name,
            onProgress,
          });
          emit({ type: "result", report });
        } else {
          const result = await commitImport({
            actor,
            entityType: entity,
            file,
            mapping: mapping!,
            fileName: name,
            onProgress,
          });
          emit({ type: "result", ...result });
        }
      } catch (error) {
        if (error instanceof ImportFileError) emit({ type: "error", code: error.code, params: error.params });
        else if (error instanceof PermissionError) emit({ type: "error", code: "permission" });
        else {
          const reference = crypto.randomUUID();
          console.error(`[import.${step}] ref=${reference}`, error);
          emit({ type: "error", code: "unexpected", reference });
        }
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" },
  });
}
