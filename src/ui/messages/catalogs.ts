import { en } from './en';
import { es } from './es';
import type { Catalog, Messages } from './messages';

/** The message catalogs this build ships, by locale; each declares the locale its missing strings come from. */
export const catalogs: Readonly<Record<string, Catalog>> = Object.fromEntries(
  Object.entries({ en: { messages: en }, es: { messages: es } } as Record<string, Catalog>).filter(
    // A build for some locales only leaves the others' messages out (tools/locales-only.ts).
    ([, catalog]) => catalog.messages !== undefined,
  ),
);

/**
 * The full messages for `locale`: its catalog's strings over its fallback's, and so on down the chain.
 * Undefined when a locale in the chain has no catalog or the chain loops.
 */
export function messagesFor(locale: string, from: Readonly<Record<string, Catalog>>): Messages | undefined {
  const chain: Catalog[] = [];
  for (let at: string | undefined = locale; at !== undefined; at = from[at]?.fallback) {
    const catalog = from[at];
    if (!catalog || chain.includes(catalog)) return undefined;
    chain.push(catalog);
  }
  const merged: Record<string, unknown> = {};
  for (const { messages } of chain.reverse()) {
    for (const [key, value] of Object.entries(messages)) {
      merged[key] = typeof value === 'object' ? { ...(merged[key] as object), ...value } : value;
    }
  }
  return merged as Messages; // the chain ends at a catalog without fallback, which is complete (Catalog)
}
