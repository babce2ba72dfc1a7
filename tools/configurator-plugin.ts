import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import type { ArticleSummary, Integrity } from '../configurator/manifest';
import type { Article } from '../src/schema/article';
import { optionsSchemaProperties, registryPath } from './options-schema-plugin.ts';

const ID = 'virtual:configurator-build';

/** The policy of the built configurator page: its own files only, and nothing sent anywhere. */
export const CONFIGURATOR_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'none'";

/** The registry's articles as the configurator lists them, each with the sections its cards link to. */
export async function articleSummaries(registry: string): Promise<ArticleSummary[]> {
  const { tsImport } = await import('tsx/esm/api');
  const { articles } = (await tsImport(registry, import.meta.url)) as { articles: readonly Article[] };
  return articles.map(({ id, pack, locales }) => ({
    id,
    title: pack.article.title,
    locales: Object.keys(locales),
    sections: pack.article.sections.map(({ id, heading }) => ({ id, heading })),
  }));
}

/** The locales the widget has messages for: a `locale` value outside them (such as "auto") is not an article's language. */
async function messageLocales(): Promise<string[]> {
  const { tsImport } = await import('tsx/esm/api');
  const { catalogs } = (await tsImport('../src/ui/messages/catalogs.ts', import.meta.url)) as {
    catalogs: Record<string, unknown>;
  };
  return Object.keys(catalogs);
}

/**
 * Serves `virtual:configurator-build` to the configurator page (configurator.html): the package's name
 * and version, the registry's articles, the options' JSON Schema properties, the locales with messages
 * and, in a build, the
 * integrity of the files the snippets load. Without `sri` (the dev server) the page previews the
 * source and says the hashes come from a build. A build also gets the page's own strict policy.
 */
export const configuratorPlugin = ({
  registry: given,
  sri,
}: {
  registry?: string;
  sri?: Integrity;
} = {}): Plugin => {
  const registry = registryPath(given);
  return {
    name: 'pfw:configurator-build',
    resolveId: (source) => (source === ID ? `\0${ID}` : undefined),
    async load(id) {
      if (id !== `\0${ID}`) return undefined;
      const { name, version } = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, string>;
      const [articles, options, catalogLocales] = await Promise.all([
        articleSummaries(registry),
        optionsSchemaProperties(registry),
        messageLocales(),
      ]);
      return [
        `export const pkg = ${JSON.stringify({ name, version })};`,
        `export const sri = ${JSON.stringify(sri ?? null)};`,
        `export const articles = ${JSON.stringify(articles)};`,
        `export const options = ${JSON.stringify(options)};`,
        `export const catalogLocales = ${JSON.stringify(catalogLocales)};`,
      ].join('\n');
    },
    transformIndexHtml: (html) =>
      sri
        ? html.replace(
            '<meta charset="utf-8" />',
            `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONFIGURATOR_CSP}" />`,
          )
        : html,
  };
};
