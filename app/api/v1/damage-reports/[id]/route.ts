import { z } from "zod";
import { apiRoute, preflight } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { emptyQuery, idParam } from "@/lib/api/schemas";
import { getPublicDamageReport } from "@/lib/data/open-data";

export const GET = apiRoute({
  query: emptyQuery,
  params: z.object({ id: idParam }),
  handler: async ({ params: { id } }) => {
    const report = await getPublicDamageReport({ id });
    if (!report) throw notFound(`No published damage report has the id ${id}.`);
    return { json: report };
  },
});
export const OPTIONS = preflight;
