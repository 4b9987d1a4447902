import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse } from "@playwright/test";

// Calls server actions over HTTP the way React's client does, using the production build's
// server-reference manifest (.next/server/server-reference-manifest.json) to find their ids.

type Manifest = { node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }> };

export function loadActionManifest(): Manifest {
  return JSON.parse(readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as Manifest;
}

export function findAction(manifest: Manifest, { file, name }: { file: string; name: string }) {
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.filename === file && entry.exportedName === name) return { id, workers: Object.keys(entry.workers) };
  }
  return null;
}

/** "app/[locale]/(editing)/admin/users/page" -> "/admin/users" (dynamic segments become "x"). */
export function workerPath(worker: string): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/page$/, "")
    .split("/")
    .filter((segment) => segment !== "[locale]" && !/^\(.*\)$/.test(segment) && segment !== "page");
  return `/${segments.map((s) => (/^\[.*\]$/.test(s) ? "x" : s)).join("/")}`;
}

/**
 * React's encodeReply for JSON arguments, with { $formData: {...} } standing for a FormData: its
 * entries go first as "_<id>_<name>", then the root "0" refers to it as "$K<id>".
 */
function encodeArgs(args: unknown[]): { multipart?: FormData; text?: string } {
  // Order matters: React resolves "$K1" when it reads the root "0", from the entries before it.
  const parts = new FormData();
  let next = 1;
  const mapped = args.map((arg) => {
    if (arg && typeof arg === "object" && "$formData" in arg) {
      const id = next++;
      for (const [key, value] of Object.entries((arg as { $formData: Record<string, string> }).$formData)) {
        parts.append(`_${id}_${key}`, value);
      }
      return `$K${id.toString(16)}`;
    }
    return arg === undefined ? "$undefined" : arg;
  });
  if (next === 1) return { text: JSON.stringify(mapped) };
  parts.append("0", JSON.stringify(mapped));
  return { multipart: parts };
}

export async function callAction(
  request: APIRequestContext,
  { id, page, args, origin, cookie }: { id: string; page: string; args: unknown[]; origin: string; cookie?: string },
): Promise<APIResponse> {
  const encoded = encodeArgs(args);
  const headers: Record<string, string> = { "Next-Action": id, Origin: origin, Accept: "text/x-component" };
  if (cookie !== undefined) headers["Cookie"] = cookie;
  if (encoded.text !== undefined) {
    return request.post(page, {
      headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" },
      data: encoded.text,
      maxRedirects: 0,
    });
  }
  return request.post(page, { headers, multipart: encoded.multipart!, maxRedirects: 0 });
}
