import type { Messages } from "@/messages/en";

// Typed keys: t("search.resultsFor") compiles only when messages/en.ts has that key. (No Locale
// here: lib/i18n/config.ts formats with BCP 47 tags such as en-GB, not only the routing locales.)
declare module "next-intl" {
  interface AppConfig {
    Messages: Messages;
  }
}
