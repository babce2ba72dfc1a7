import type { Plugin } from 'vite';

const ID = 'virtual:options-schema';

/** The options' JSON Schema properties, for the registry's articles and the shipped catalogs' locales. */
export async function optionsSchemaProperties(): Promise<object> {
  // Loaded when asked for, through tsx: Vite's config loader reads this file as plain ESM, so it must
  // not import the project's extensionless TypeScript modules itself.
  const { tsImport } = await import('tsx/esm/api');
  const load = (path: string) => tsImport(path, import.meta.url);
  const [{ articles }, { optionsJsonSchema }, { catalogs }] = await Promise.all([
    load('../src/content/registry.ts') as Promise<typeof import('../src/content/registry')>,
    load('../src/schema/options.ts') as Promise<typeof import('../src/schema/options')>,
    load('../src/ui/messages/catalogs.ts') as Promise<typeof import('../src/ui/messages/catalogs')>,
  ]);
  const schema = optionsJsonSchema(
    articles.map((a) => a.id),
    Object.keys(catalogs),
  ) as { properties: object };
  return schema.properties;
}

/**
 * Serves `virtual:options-schema`, the JSON Schema of the widget's options generated from its zod
 * schema and the registry, to the dev server, the tests and the build: nothing is written to disk.
 * Only the properties: the rest of the JSON Schema document would ship for nothing.
 */
export const optionsSchemaPlugin = (): Plugin => ({
  name: 'pfw:options-schema',
  resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
  load: async (id) =>
    id === `\0${ID}`
      ? `export const properties = ${JSON.stringify(await optionsSchemaProperties())};`
      : undefined,
});
