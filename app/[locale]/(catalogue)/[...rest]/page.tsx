import { notFound } from "next/navigation";

// Any path under a locale that no page matches: the localized not-found page, rendered in the
// root layout, rather than Next's default 404 (which has no layout with a dynamic root).
export default function UnknownPath() {
  notFound();
}
