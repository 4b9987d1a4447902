import type { createTranslator, Messages, NamespaceKeys, NestedKeyOf } from "next-intl";

/**
 * next-intl's t for one namespace of messages/en.ts (Translator<"editor">), or for all of them
 * (Translator): what useTranslations / getTranslations return, for helpers that receive a t.
 */
export type Translator<Namespace extends NamespaceKeys<Messages, NestedKeyOf<Messages>> = never> = ReturnType<
  typeof createTranslator<Messages, Namespace>
>;

type Lookup = { (key: never): string; has(key: never): boolean };

/**
 * The message for a key known only at run time (an error code sent back by the server), or
 * `fallback` when there is no such message: `messageOr(t, `errors.${code}`, t("errors.unexpected"))`.
 */
export function messageOr(t: Lookup, key: string, fallback: string): string {
  return t.has(key as never) ? t(key as never) : fallback;
}
