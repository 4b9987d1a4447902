import { formatCoordinates } from "@/lib/geo/format";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { pick } from "@/lib/i18n/pick";
import { useTranslations } from "next-intl";

export type LocatorPoint = {
  slug: string;
  nameEn: string;
  nameAr: string;
  location: { latitude: number | null; longitude: number | null; coarsened: boolean };
};

const WIDTH = 320;
const HEIGHT = 220;
const PAD = 18;

/**
 * A locator drawn on the server from the coordinates alone: no map tiles, no script. Each point
 * is named in its <title>; the list under it links every monument. Coarsened (sensitive) places are left off: their snapped position
 * would mislead on a plan this small, and the page lists them as withheld.
 */
export function Locator({
  points,
  highlight,
  label,
  locale,
}: {
  points: LocatorPoint[];
  highlight?: string;
  label: string;
  locale: Locale;
}) {
  const t = useTranslations("map");
  const placed = points.filter(
    (point): point is LocatorPoint & { location: { latitude: number; longitude: number; coarsened: false } } =>
      point.location.latitude !== null && point.location.longitude !== null && !point.location.coarsened,
  );
  if (placed.length === 0) return null;
  const lats = placed.map((p) => p.location.latitude);
  const lons = placed.map((p) => p.location.longitude);
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  // degrees of longitude shrink with latitude: keep the plan's proportions true
  const lonScale = Math.cos((midLat * Math.PI) / 180);
  const spanX = Math.max((Math.max(...lons) - Math.min(...lons)) * lonScale, 0.002);
  const spanY = Math.max(Math.max(...lats) - Math.min(...lats), 0.002);
  const scale = Math.min((WIDTH - 2 * PAD) / spanX, (HEIGHT - 2 * PAD) / spanY);
  const cx = (Math.min(...lons) + Math.max(...lons)) / 2;
  const x = (lon: number) => WIDTH / 2 + (lon - cx) * lonScale * scale;
  const y = (lat: number) => HEIGHT / 2 - (lat - midLat) * scale;
  const km = Math.max(spanX, spanY) * 111;
  const ordered = placed.toSorted((a, b) => (a.slug === highlight ? 1 : b.slug === highlight ? -1 : 0));

  return (
    <figure className="max-w-md" data-testid="locator">
      {/* the plan is a picture of positions: it stays left-to-right in both languages */}
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={label}
        className="h-auto w-full rounded-md border border-stone-400 bg-amber-50"
      >
        <rect x="0" y="0" width={WIDTH} height={HEIGHT} fill="none" />
        <g aria-hidden="true">
          <path d={`M ${WIDTH - 16} 30 L ${WIDTH - 16} 12`} stroke="#44403c" strokeWidth="1.5" markerEnd="" />
          <path d={`M ${WIDTH - 20} 16 L ${WIDTH - 16} 8 L ${WIDTH - 12} 16 Z`} fill="#44403c" />
          <text x={WIDTH - 16} y="44" textAnchor="middle" fontSize="11" fill="#292524">
            {t("north")}
          </text>
        </g>
        {ordered.map((point) => {
          const on = point.slug === highlight;
          const name = pick(point, "name", locale).text;
          return (
            <g key={point.slug} data-slug={point.slug}>
              <circle
                cx={x(point.location.longitude)}
                cy={y(point.location.latitude)}
                r={on ? 7 : 4.5}
                fill={on ? "#b91c1c" : "#1e40af"}
                stroke="white"
                strokeWidth="1.5"
              >
                <title>{name}</title>
              </circle>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-1 text-sm text-stone-700">
        {t("noTiles")} {t("scale", { km: km < 1 ? km.toFixed(1) : Math.round(km) })}
      </figcaption>
      <details className="mt-1 text-sm">
        <summary className="cursor-pointer text-blue-800 underline">{t("coordinates")}</summary>
        <ul className="mt-1 space-y-0.5">
          {points.map((point) => (
            <li key={point.slug}>
              <a href={localePath(locale, `/monuments/${point.slug}`)} className="text-blue-800 underline">
                <bdi>{pick(point, "name", locale).text}</bdi>
              </a>
              :{" "}
              {point.location.latitude === null || point.location.longitude === null || point.location.coarsened ? (
                t("withheld")
              ) : (
                <bdi dir="ltr">
                  {formatCoordinates({
                    latitude: point.location.latitude,
                    longitude: point.location.longitude,
                    locale,
                  })}
                </bdi>
              )}
            </li>
          ))}
        </ul>
      </details>
    </figure>
  );
}
