import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/format/site-url";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/api/", "/ar/api/"] }],
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
