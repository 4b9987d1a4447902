import { randomBytes } from "node:crypto";

// 128 random bits, URL-safe: a key says nothing about the file, its uploader or its place.
export function newStorageKey(): string {
  return randomBytes(16).toString("base64url");
}

const KEY = /^[A-Za-z0-9_-]{16,64}(\.[a-z0-9]{1,8})?$/;

/** A key as it appears in a URL; anything else (slashes, dots, "..") is refused before any lookup. */
export function isStorageKey(value: string): boolean {
  return KEY.test(value);
}
