// Scale in articles: what each further article pack adds to dist/embed.js. The script is built in
// memory as `npm run build` builds it, once for the shipped registry and once for a registry with one
// more article (PFW_REGISTRY's way: tests/fixtures/registry/registry.ts, the fixture pack beside D3+K2,
// sharing the medicine list); the difference is that article's bytes.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { embedScriptInMemory } from '../embed-script';

/** The registry with one more article; tools/ may not import tests/, only name the file to build with. */
const TWO_ARTICLES = 'tests/fixtures/registry/registry.ts';
const FIXTURE_PACK = 'tests/fixtures/packs/good.json';

const sizes = (code: string) => ({
  minified: Buffer.byteLength(code),
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/** Bytes of the script with the shipped articles, with one more, and what that one adds. */
export async function benchArticles() {
  const shipped = sizes(await embedScriptInMemory());
  const more = sizes(await embedScriptInMemory({ registry: TWO_ARTICLES }));
  const pack = JSON.parse(readFileSync(FIXTURE_PACK, 'utf8')) as { steps: unknown[]; caveats: unknown[] };
  const added = {
    minified: more.minified - shipped.minified,
    gzip: more.gzip - shipped.gzip,
    brotli: more.brotli - shipped.brotli,
  };
  console.log(
    `\nArticles: the shipped registry ${shipped.gzip} B gzip; with the fixture article too (${pack.steps.length} steps, ${pack.caveats.length} caveats, its JSON ${readFileSync(FIXTURE_PACK).length} B) ${more.gzip} B: +${added.gzip} B gzip, +${added.brotli} B brotli, +${added.minified} B minified`,
  );
  return {
    shipped,
    withFixtureArticle: more,
    added,
    fixture: {
      steps: pack.steps.length,
      caveats: pack.caveats.length,
      jsonBytes: readFileSync(FIXTURE_PACK).length,
    },
  };
}
