import createNextIntlPlugin from "next-intl/plugin";

// next-intl's request configuration: messages and formats per locale (lib/i18n/request.ts).
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm run typecheck` (tsc, strict) checks the whole project, scripts and tests included, in CI;
  // repeating it inside every build would only slow the first `npm start` down.
  typescript: { ignoreBuildErrors: true },
  // pg and the Prisma adapter are server-only Node packages; keep them out of the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@node-rs/argon2"],
  // Pages get these from proxy.ts too, with their CSP; this covers what the proxy skips
  // (static files, API routes). Keep in step with lib/security/headers.ts (baseSecurityHeaders).
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
