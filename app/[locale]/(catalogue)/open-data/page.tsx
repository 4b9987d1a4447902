import type { Metadata } from "next";
import type { z } from "zod";
import { PageShell } from "@/components/site/page-shell";
import { Section } from "@/components/ui/section";
import { API_BASE, apiLinks, exportPaths } from "@/lib/api/links";
import { operations, type ApiOperation } from "@/lib/api/openapi";
import { problemTypes } from "@/lib/api/problem";
import { env } from "@/lib/env";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { localePath } from "@/lib/i18n/locales";
import { getTranslations } from "next-intl/server";

// The readable reference of the open-data API: made from the same operation list (and zod
// schemas) as the OpenAPI document, so it cannot describe an endpoint that does not exist.
type Props = PageProps<"/[locale]/open-data">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: "openData" });
  return {
    title: t("title"),
    description: t("intro"),
    alternates: { canonical: localePath(locale, "/open-data"), languages: { en: "/open-data", ar: "/ar/open-data" } },
  };
}

function parameterNames(op: ApiOperation): string[] {
  const shape = (schema: z.ZodObject | undefined) => Object.keys(schema?.shape ?? {});
  return [...shape(op.params).map((name) => `{${name}}`), ...shape(op.query)];
}

export default async function OpenDataPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: "openData" });
  const code = "rounded bg-stone-100 px-1 font-mono text-sm break-all";
  return (
    <PageShell locale={locale} path="/open-data">
      <h1 className="text-3xl leading-tight font-bold sm:text-4xl">{t("title")}</h1>
      <p className="mt-3 max-w-prose text-lg">{t("intro")}</p>
      <p className="mt-2 max-w-prose text-stone-700">{t("licence")}</p>

      <Section id="downloads" heading={t("downloadsHeading")}>
        <ul className="space-y-2">
          {[
            { href: exportPaths.dump(), label: t("dump") },
            { href: exportPaths.geojson(""), label: t("allGeoJson") },
            { href: exportPaths.csv(""), label: t("allCsv") },
          ].map((link) => (
            <li key={link.href}>
              <a href={link.href} className="inline-flex min-h-11 items-center text-blue-800 underline">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="api" heading={t("apiHeading")}>
        <p className="max-w-prose">{t("apiIntro")}</p>
        <p className="mt-2">
          <code className={code} dir="ltr" data-testid="api-base">
            {apiLinks.base()}
          </code>
        </p>
        <p className="mt-2">
          <a href={`${API_BASE}/openapi.json`} className="inline-flex min-h-11 items-center text-blue-800 underline">
            {t("openapiLink")}
          </a>
        </p>
        <ul className="mt-3 max-w-prose list-disc space-y-1 ps-6">
          {/* the keys of openData.rules, in order (a new rule is added here too; the key is type-checked) */}
          {(["paging", "filters", "etag", "rateLimit", "problems"] as const).map((rule) => (
            <li key={rule}>
              {t(`rules.${rule}`, {
                limit: env.API_RATE_LIMIT_PER_MINUTE,
                cost: env.API_EXPORT_COST,
              })}
            </li>
          ))}
        </ul>
      </Section>

      <Section id="endpoints" heading={t("endpointsHeading")}>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-start text-sm" data-testid="endpoints">
            <thead>
              <tr className="border-b border-stone-400">
                <th scope="col" className="py-2 pe-4 text-start">
                  {t("endpointColumn")}
                </th>
                <th scope="col" className="py-2 pe-4 text-start">
                  {t("whatColumn")}
                </th>
                <th scope="col" className="py-2 text-start">
                  {t("parametersColumn")}
                </th>
              </tr>
            </thead>
            <tbody>
              {operations.map((op) => {
                const names = parameterNames(op);
                return (
                  <tr key={op.id} id={op.id} className="border-b border-stone-200 align-top">
                    <td className="py-2 pe-4">
                      <code className={code} dir="ltr">
                        GET {API_BASE}
                        {op.path}
                      </code>
                    </td>
                    <td className="py-2 pe-4">{locale === "ar" ? op.summaryAr : op.summaryEn}</td>
                    <td className="py-2">
                      {names.length > 0 ? (
                        <span dir="ltr" className="font-mono text-xs break-words">
                          {names.join(", ")}
                        </span>
                      ) : (
                        t("noParameters")
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Section>

      <Section id="formats" heading={t("formatsHeading")}>
        <ul className="max-w-prose list-disc space-y-2 ps-6">
          <li>{t("formats.geojson")}</li>
          <li>{t("formats.csv")}</li>
          <li>{t("formats.linkedArt")}</li>
          <li>{t("formats.iiif")}</li>
        </ul>
      </Section>

      <Section id="problems" heading={t("problemsHeading")}>
        <dl className="max-w-prose space-y-3">
          {Object.values(problemTypes).map((type) => (
            <div key={type.slug} id={`problem-${type.slug}`}>
              <dt className="font-semibold">
                <span dir="ltr">
                  {type.status} {type.slug}
                </span>
              </dt>
              <dd>{t(`problems.${type.slug}`)}</dd>
            </div>
          ))}
        </dl>
      </Section>
    </PageShell>
  );
}
