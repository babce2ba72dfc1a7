// The ES module build's types: tsc writes one .d.ts per source file under dist/esm/types/, with the
// sources' extensionless imports ('./content/d3-k2'). Node's ESM resolution (and so a partner's
// `moduleResolution: "node16"`) needs full paths, and each entry needs its types beside its .js.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const RELATIVE = /((?:from|import)\s*\(?\s*)(['"])(\.\.?\/[^'"]*)\2/g;

/** `spec` as written from `dir`, with `.js` or `/index.js` added to name the declaration there. */
function fullPath(dir: string, spec: string): string {
  if (/\.(js|d\.ts)$/.test(spec)) return spec;
  if (existsSync(join(dir, `${spec}.d.ts`))) return `${spec}.js`;
  if (existsSync(join(dir, spec, 'index.d.ts'))) return `${spec}/index.js`;
  throw new Error(`${dir}: no declaration for "${spec}"`);
}

/** Rewrites every relative import in the .d.ts files under `root` to a full path. */
export function fullImportPaths(root: string): void {
  for (const entry of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('.d.ts')) continue;
    const file = join(root, entry);
    const text = readFileSync(file, 'utf8');
    const fixed = text.replace(
      RELATIVE,
      (_, lead: string, quote: string, spec: string) =>
        `${lead}${quote}${fullPath(dirname(file), spec)}${quote}`,
    );
    if (fixed !== text) writeFileSync(file, fixed);
  }
}

/** Writes `<entry>.d.ts` beside each entry's .js, re-exporting the declarations of its source. */
export function entryDeclarations(outDir: string, entries: Record<string, string>): void {
  for (const [name, source] of Object.entries(entries)) {
    const types = `./types/${source.replace(/\.tsx?$/, '.js')}`;
    writeFileSync(join(outDir, `${name}.d.ts`), `export * from '${types}';\n`);
  }
}
