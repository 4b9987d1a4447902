import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// What a production build depends on. A change to any of these makes `npm start` rebuild.
const INPUTS = [
  "app",
  "components",
  "lib",
  "messages",
  "public",
  "next.config.js",
  "postcss.config.mjs",
  "package-lock.json",
  "tsconfig.json",
  "prisma/schema.prisma",
  "proxy.ts",
];
const SKIP = new Set(["node_modules", ".next", "generated"]);
const FINGERPRINT_FILE = path.join(".next", "heritage-build-fingerprint");

function collect(entry: string, out: string[]): void {
  if (!existsSync(entry)) return;
  const stat = statSync(entry);
  if (stat.isDirectory()) {
    for (const name of readdirSync(entry).sort()) {
      if (!SKIP.has(name)) collect(path.join(entry, name), out);
    }
  } else {
    out.push(`${entry}:${stat.size}:${stat.mtimeMs}`);
  }
}

export function sourceFingerprint(): string {
  const files: string[] = [];
  for (const input of INPUTS) collect(input, files);
  return createHash("sha256").update(files.join("\n")).digest("hex");
}

export function buildIsCurrent(): boolean {
  if (!existsSync(path.join(".next", "BUILD_ID")) || !existsSync(FINGERPRINT_FILE)) return false;
  return readFileSync(FINGERPRINT_FILE, "utf8").trim() === sourceFingerprint();
}

export { FINGERPRINT_FILE };
