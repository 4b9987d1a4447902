/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm run typecheck` (tsc, strict) checks the whole project, scripts and tests included, in CI;
  // repeating it inside every build would only slow the first `npm start` down.
  typescript: { ignoreBuildErrors: true },
  // pg and the Prisma adapter are server-only Node packages; keep them out of the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@node-rs/argon2"],
};

export default nextConfig;
