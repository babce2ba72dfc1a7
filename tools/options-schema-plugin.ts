import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { shippedLocales } from './locales-only.ts';

const ID = 'virtual:options-schema';
const DEFAULT_REGISTRY = resolve('src/content/registry.ts');

/**
 * Which registry a build serves: `src/content/registry.ts`, or the module `PFW_REGISTRY` names (a build
 * for one article, or a test's fixture). A build option, not a fork: nothing else changes.
 */
export const registryPath = (given = process.env.PFW_REGISTRY): string =>
  given ? resolve(given) : DEFAULT_REGISTRY;

/** The options' JSON Schema properties, for `registry`'s articles and the shipped catalogs' locales. */
export async function optionsSchemaProperties(registry: string, only = shippedLocales()): Promise<object> {
  // Loaded when asked for, through tsx: Vite's config loader reads this file as plain ESM, so it must
  // not import the project's extensionless TypeScript modules itself.
  const { tsImport } = await import('tsx/esm/api');
  const load = (path: string) => tsImport(path, import.meta.url);
  const [{ articles }, { optionsJsonSchema }, { catalogs }] = await Promise.all([
    load(registry) as Promise<typeof import('../src/content/registry')>,
    load('../embed/options.ts') as Promise<typeof import('../embed/options')>,
    load('../src/ui/messages/catalogs.ts') as Promise<typeof import('../src/ui/messages/catalogs')>,
  ]);
  // A build for some locales only (PFW_LOCALES) offers those alone: the others' text is not in it.
  const locales = Object.keys(catalogs).filter((locale) => !only || locale === 'en' || only.includes(locale));
  const schema = optionsJsonSchema(
    articles.map((a) => a.id),
    locales,
  ) as { properties: object };
  return schema.properties;
}

/**
 * Serves `virtual:options-schema`, the JSON Schema of the widget's options generated from its zod
 * schema and the registry, to the dev server, the tests and the build: nothing is written to disk.
 * Only the properties: the rest of the JSON Schema document would ship for nothing. With another
 * registry, imports of `src/content/registry.ts` get that one instead.
 */
export const optionsSchemaPlugin = ({
  registry: given,
  locales,
}: {
  registry?: string;
  locales?: string[];
} = {}): Plugin => {
  const registry = registryPath(given);
  return {
    name: 'pfw:options-schema',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source === ID) return `\0${ID}`;
      // The other registry may build on the shipped one: its own import of it is left alone.
      if (
        registry === DEFAULT_REGISTRY ||
        !importer ||
        importer === registry ||
        !source.endsWith('/registry')
      )
        return undefined;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === DEFAULT_REGISTRY ? registry : resolved;
    },
    load: async (id) =>
      id === `\0${ID}`
        ? `export const properties = ${JSON.stringify(await optionsSchemaProperties(registry, locales ?? shippedLocales()))};`
        : undefined,
  };
};
