import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/generated/**",
      ".data/**",
      "next-env.d.ts",
      "bench/results/**",
      "test-results/**",
      "playwright-report/**",
    ],
  },
  {
    // Settings are read and validated in one place; everything else imports `env` from there.
    // Scripts, tests, the bench and tool configs run outside the app and read their own.
    files: ["app/**", "components/**", "lib/**", "prisma/**", "proxy.ts"],
    ignores: ["lib/env.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read settings through `env` from lib/env.ts." },
      ],
    },
  },
];

export default config;
