// deploy/nginx/trellis.conf sends a browser that names a non-default language past the cache
// (decision 0041). Its map names those languages itself, since nginx cannot read i18n/locales.ts:
// a locale added there fails here until the map names it too.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, it } from "vitest";
import { DEFAULT_LOCALE, LOCALES } from "@/i18n/locales";

const CONFIG = path.join(process.cwd(), "deploy/nginx/trellis.conf");

it("sends exactly the non-default locales past the cache", async () => {
  const config = await readFile(CONFIG, "utf8");
  const map = config.match(/map "\$uri\|\$http_accept_language" \$trellis_negotiated \{([^}]*)\}/)?.[1];
  // The language part of the rule: \bde\b, or \b(de|fr)\b for several.
  const languages = map?.match(/\[\|\]\.\*\\b\(?([a-z|-]+)\)?\\b"/)?.[1]?.split("|");
  expect(languages?.toSorted()).toEqual(LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).toSorted());
});
