import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PageShell } from "@/components/site/page-shell";
import { SourceTitle } from "@/components/source/source-title";
import { Fact, FactList } from "@/components/ui/fact-list";
import { getMonumentVersion } from "@/lib/data/public-history";
import { formatDateWithPrecision } from "@/lib/format/date";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { localePath } from "@/lib/i18n/locales";
import { pick } from "@/lib/i18n/pick";
import { getTranslations } from "next-intl/server";
import { messageOr } from "@/lib/i18n/translator";

type Props = PageProps<"/[locale]/monuments/[slug]/v/[n]">;

// the fields a reader cares about, in reading order; ids and flags stay out
const shown = [
  "nameEn",
  "nameAr",
  "altNames",
  "periodEn",
  "periodAr",
  "builtFromYear",
  "builtToYear",
  "summaryEn",
  "summaryAr",
  "descriptionEn",
  "descriptionAr",
  "currentLocationEn",
  "currentLocationAr",
] as const;

async function load(params: Props["params"]) {
  const locale = await localeFromParams(params);
  const { slug, n } = await params;
  if (!/^[1-9][0-9]{0,8}$/.test(n)) notFound();
  await connection();
  const version = await getMonumentVersion({ slug, version: Number(n) });
  if (!version) notFound();
  return { locale, version };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, version } = await load(params);
  const t = await getTranslations({ locale });
  return {
    title: t("version.title", {
      name: pick(version.monument, "name", locale).text,
      version: version.version,
    }),
    alternates: { canonical: localePath(locale, `/monuments/${version.monument.slug}`) },
  };
}

function show(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (Array.isArray(value)) return value.length > 0 ? value.join(", ") : null;
  return String(value);
}

export default async function VersionPage({ params }: Props) {
  const { locale, version } = await load(params);
  const t = await getTranslations({ locale });
  const date = formatDateWithPrecision({ date: version.createdAt, precision: "DAY", locale }) ?? "";
  const path = `/monuments/${version.monument.slug}`;
  return (
    <PageShell locale={locale} path={`${path}/v/${version.version}`}>
      <p
        role="note"
        className="rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950"
        data-testid="version-notice"
      >
        {t("version.notice", { version: version.version, date })}{" "}
        <Link href={localePath(locale, path)} className="font-semibold underline">
          {t("version.current")}
        </Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold">
        {t("version.title", { name: pick(version.monument, "name", locale).text, version: version.version })}
      </h1>
      <h2 className="mt-6 text-2xl font-bold">{t("version.fields")}</h2>
      <div className="mt-4">
        <FactList>
          {shown.map((field) => (
            <Fact key={field} label={messageOr(t, `field.${field}`, field)}>
              {show(version.fields[field]) ? (
                <bdi className="whitespace-pre-line">{show(version.fields[field])}</bdi>
              ) : null}
            </Fact>
          ))}
        </FactList>
      </div>
      {version.sources.length > 0 ? (
        <>
          <h2 className="mt-6 text-2xl font-bold">{t("source.heading")}</h2>
          <ul className="mt-2 list-disc space-y-1 ps-6">
            {version.sources.map((source) => (
              <li key={source.id}>
                <SourceTitle source={source} locale={locale} />{" "}
                <Link href={localePath(locale, `/sources/${source.id}`)} className="text-sm text-blue-800 underline">
                  {t("sourcePage.claimsHeading")}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </PageShell>
  );
}
