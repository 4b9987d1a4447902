// Adds the lockfile entries of other platforms' native binaries that this machine's npm registry
// mirror does not serve (it answers 404 for e.g. @next/swc-darwin-arm64). Without them `npm ci`
// refuses the lockfile ("Missing: ... from lock file"). Each entry carries the os/cpu its name
// declares, so npm skips it on this platform exactly as it would with the registry's own entry.
// Run after any `npm install` that rewrites package-lock.json: `node scripts/complete-lockfile.mjs`.
import { readFileSync, writeFileSync } from "node:fs";

const path = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(path, "utf8"));
const packages = lock.packages;

const OS = ["android", "darwin", "freebsd", "linux", "win32", "openharmony", "netbsd", "openbsd", "sunos", "aix"];
const CPU = {
  arm64: "arm64",
  arm: "arm",
  x64: "x64",
  ia32: "ia32",
  loong64: "loong64",
  ppc64: "ppc64",
  riscv64: "riscv64",
  s390x: "s390x",
  wasm32: "wasm32",
};

function platformOf(name) {
  const parts = name.split("/").pop().split("-");
  const os = parts.find((p) => OS.includes(p));
  const cpu = parts.map((p) => CPU[p]).find(Boolean);
  const libc = parts.some((p) => p === "musl" || p.startsWith("musleabi"))
    ? "musl"
    : parts.some((p) => p === "gnu" || p.startsWith("gnueabi"))
      ? "glibc"
      : undefined;
  return { os, cpu, libc };
}

let added = 0;
for (const [key, entry] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = key === "" ? "" : `${key}/`;
    const candidates = [`${base}node_modules/${dep}`, `node_modules/${dep}`];
    if (candidates.some((c) => c in packages)) continue;
    const { os, cpu, libc } = platformOf(dep);
    if (!cpu) throw new Error(`${dep}: cannot tell its platform from its name; add it by hand`);
    if (`${process.platform}` === os && process.arch === cpu) {
      throw new Error(`${dep} is this machine's own platform but is missing: run npm install`);
    }
    packages[`node_modules/${dep}`] = {
      version,
      cpu: [cpu],
      ...(os ? { os: [os] } : {}),
      ...(libc ? { libc: [libc] } : {}),
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
    };
    added += 1;
  }
}

lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : a > b ? 1 : 0)),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} platform entr${added === 1 ? "y" : "ies"} added`);
