import { readdirSync } from 'node:fs';
import type { Plugin } from 'vite';

/** The locales there are: one message catalog each (src/ui/messages/<locale>.ts). */
const CATALOGS = readdirSync(new URL('../src/ui/messages/', import.meta.url))
  .map((file) => /^([a-z]{2,3}(?:-[A-Z]{2})?)\.ts$/.exec(file)?.[1])
  .filter((locale): locale is string => locale !== undefined);

/**
 * The locales a build ships (`PFW_LOCALES=en,es`); every locale when unset. English is always in: the
 * default packs are written in it and every catalog falls back to it.
 */
export function shippedLocales(given = process.env.PFW_LOCALES): string[] | undefined {
  const locales = given
    ?.split(',')
    .map((locale) => locale.trim())
    .filter(Boolean);
  if (!locales?.length) return undefined;
  const unknown = locales.filter((locale) => !CATALOGS.includes(locale));
  if (unknown.length)
    throw new Error(
      `PFW_LOCALES: no catalog for ${unknown.map((l) => `"${l}"`).join(', ')} (there are ${CATALOGS.join(', ')})`,
    );
  return locales;
}

// A locale's module: its article text beside the article's index, or its catalog beside the catalogs.
const LOCALE_MODULE = /^\.\/([a-z]{2,3}(?:-[A-Z]{2})?)$/;
const IMPORTER = /\/src\/(?:content\/[^/]+\/index|ui\/messages\/catalogs)\.ts$/;
const EMPTY = '\0pfw:locale-left-out:';

/**
 * A build for some locales only: the text of every other locale (an article's table, a catalog) is
 * left out of the script, so a publisher in one language ships its bytes alone. The article and the
 * catalogs drop the missing locale (`shipped`, and the catalogs' filter), and the options then refuse it.
 */
export const localesOnly = (locales = shippedLocales()): Plugin => ({
  name: 'pfw:locales-only',
  enforce: 'pre',
  resolveId(source, importer) {
    const locale = LOCALE_MODULE.exec(source)?.[1];
    if (
      !locales ||
      !locale ||
      locale === 'en' ||
      !importer ||
      !IMPORTER.test(importer) ||
      locales.includes(locale)
    )
      return undefined;
    return `${EMPTY}${locale}`;
  },
  load: (id) =>
    id.startsWith(EMPTY)
      ? `export const ${id.slice(EMPTY.length).replace('-', '_')} = undefined;`
      : undefined,
});
