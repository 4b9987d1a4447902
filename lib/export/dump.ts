import "server-only";
import { vocabularyNames } from "@/lib/api/schemas";
import {
  getPublicVocabulary,
  iteratePublicMonuments,
  listPublicDamageReports,
  listPublicRestorationEfforts,
  listPublicSites,
  listPublicSources,
  type Page,
} from "@/lib/data/open-data";

// The whole published catalogue as newline-delimited JSON: one record a line, as the API returns
// it, with its "type" first. Written a page at a time (keyset pages of BATCH records), so memory
// stays flat however large the catalogue is.
const BATCH = 500;

const line = (type: string, record: object) => `${JSON.stringify({ type, ...record })}\n`;

async function* pages<T extends object>(
  type: string,
  read: (args: { limit: number; cursor?: string }) => Promise<Page<T>>,
): AsyncGenerator<string> {
  let cursor: string | undefined;
  for (;;) {
    const page = await read({ limit: BATCH, cursor });
    if (page.items.length > 0) yield page.items.map((item) => line(type, item)).join("");
    if (!page.nextCursor) return;
    cursor = page.nextCursor;
  }
}

export async function* catalogueDump(): AsyncGenerator<string> {
  for (const name of vocabularyNames) yield line("vocabulary", await getPublicVocabulary({ name }));
  yield* pages("site", listPublicSites);
  yield* pages("source", listPublicSources);
  for await (const batch of iteratePublicMonuments({ filters: {}, batchSize: BATCH })) {
    yield batch.map((monument) => line("monument", monument)).join("");
  }
  yield* pages("damageReport", listPublicDamageReports);
  yield* pages("restorationEffort", listPublicRestorationEfforts);
}
