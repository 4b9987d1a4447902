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
  {
    // The layers run one way: app (routes) uses components and lib, components use lib, and
    // nothing under components/ or lib/ reaches back into app/ (forms get their server actions
    // from their page, as props).
    files: ["components/**", "lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/app", "@/app/**", "**/app", "**/app/**", "!next/app"],
              message: "components/ and lib/ never import from app/: take it as a prop or move it into lib/.",
            },
          ],
        },
      ],
    },
  },
  {
    // lib/ has no import cycle (type-only imports included: a cycle of types is a cycle of modules).
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    ignores: ["lib/generated/**"],
    rules: { "import/no-cycle": ["error", { ignoreExternal: true }] },
  },
];

export default config;
