import Link from "next/link";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { useTranslations } from "next-intl";

export type DownloadLink = { href: string; label: string; type: string };

/** "Download" links to the exports of what the page shows, and to the page explaining them. */
export function DownloadLinks({ intro, links, locale }: { intro: string; links: DownloadLink[]; locale: Locale }) {
  const t = useTranslations("openData");
  return (
    <div data-testid="downloads">
      <p>{intro}</p>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
        {links.map((link) => (
          <li key={link.href}>
            {/* plain anchors: these are files and JSON, not pages of the app */}
            <a
              href={link.href}
              type={link.type}
              className="inline-flex min-h-11 items-center text-blue-800 underline hover:text-blue-950"
            >
              <bdi>{link.label}</bdi>
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-1 text-sm">
        <Link href={localePath(locale, "/open-data")} className="text-blue-800 underline hover:text-blue-950">
          {t("more")}
        </Link>
      </p>
    </div>
  );
}
