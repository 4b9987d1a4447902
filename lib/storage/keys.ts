import { randomBytes } from "node:crypto";

// A media key is 128 random bits (22 URL-safe characters), then the display width for a generated
// size, then the format: "Q2x…Zw.jpg", "Q2x…Zw-640.webp". It says nothing about the file, its
// uploader or its place; the extension keeps /media/<key> out of the locale routing in proxy.ts.
const KEY = /^([A-Za-z0-9_-]{22})(-\d{2,5})?\.(jpg|png|webp)$/;

export function newStorageBase(): string {
  return randomBytes(16).toString("base64url");
}

export function storageKey(base: string, ext: "jpg" | "png" | "webp", width?: number): string {
  return `${base}${width ? `-${width}` : ""}.${ext}`;
}

/** A key as it appears in a URL; anything else (slashes, "..") is refused before any lookup. */
export function isStorageKey(value: string): boolean {
  return KEY.test(value);
}

/** The random part shared by an original and its display sizes. */
export function storageBaseOf(key: string): string | null {
  return KEY.exec(key)?.[1] ?? null;
}
