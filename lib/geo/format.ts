import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/config";

/** Decimal degrees, with as many decimals as the coordinates carry (at most 5, about 1 m). */
export function formatCoordinates({
  latitude,
  longitude,
  locale,
}: {
  latitude: number;
  longitude: number;
  locale: Locale;
}): string {
  const format = (value: number) => String(Number(value.toFixed(5)));
  return translator(locale)("monument.coordinates", {
    latitude: format(latitude),
    longitude: format(longitude),
  });
}
