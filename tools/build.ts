// `npm run build`: the partner script (dist/embed.js), the iframe page (dist/frame.html), the
// iframe resizer (dist/resizer.js), an ES module build with types (dist/esm/) for bundler users,
// their integrity hashes (dist/sri.json) with the snippets that carry them (dist/snippet.html), and the
// embed configurator (dist/configurator.html) that writes snippets for a partner's choices.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { build, type InlineConfig } from 'vite';
import type { Integrity } from '../configurator/manifest';
import { checkerOnly } from './checker-only';
import { compactOutput } from './compact-output';
import { configuratorPlugin } from './configurator-plugin';
import { entryDeclarations, fullImportPaths } from './declarations';
import { localesOnly } from './locales-only';
import { optionsSchemaPlugin } from './options-schema-plugin';
import { snippetFile } from './snippet';

const outDir = 'dist';
const quiet = {
  configFile: false,
  logLevel: 'warn',
  plugins: [preact(), compactOutput(), optionsSchemaPlugin(), localesOnly()],
} satisfies InlineConfig;

/** What the partner's page loads: without what only the content checker reads. */
const shipped = { ...quiet, plugins: [...quiet.plugins, checkerOnly()] } satisfies InlineConfig;

/** A self-contained IIFE: everything inlined, no globals, no second request. */
async function script(entry: string, fileName: string, { map = false } = {}) {
  await build({
    ...shipped,
    build: {
      outDir,
      emptyOutDir: false,
      // 'hidden': the map is written next to the file (for `npm run size`) but not linked from it.
      sourcemap: map ? 'hidden' : false,
      lib: { entry, formats: ['iife'], name: 'personalFactors', fileName: () => fileName },
    },
  });
}

function integrity(file: string): string {
  return `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
}

rmSync(outDir, { recursive: true, force: true });
await script('embed/index.ts', 'embed.js', { map: true });
await script('embed/resizer.ts', 'resizer.js');
await build({
  ...shipped,
  root: 'embed',
  base: './',
  build: {
    outDir: `../${outDir}`,
    emptyOutDir: false,
    rolldownOptions: { input: { frame: 'embed/frame.html' } },
  },
});
const esmEntries = { index: 'src/index.ts', element: 'embed/define.ts' };
await build({
  ...quiet,
  build: {
    outDir: `${outDir}/esm`,
    emptyOutDir: false,
    lib: { entry: esmEntries, formats: ['es'] },
    // The partner's own preact and zod (peer dependencies): one copy of each in their bundle.
    rolldownOptions: { external: [/^preact/, /^zod/] },
  },
});
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
fullImportPaths(`${outDir}/esm/types`);
entryDeclarations(`${outDir}/esm`, esmEntries);
// The package's `./embed.js` and `./resizer.js` are scripts: importing one only registers or listens.
writeFileSync(
  `${outDir}/script.d.ts`,
  '// A script with no exports: importing it only has its effect.\nexport {};\n',
);

const sri: Integrity = {
  'embed.js': integrity(`${outDir}/embed.js`),
  'resizer.js': integrity(`${outDir}/resizer.js`),
};
writeFileSync(`${outDir}/sri.json`, `${JSON.stringify(sri, null, 2)}\n`);
// The configurator page, with this build's hashes: its preview runs these files, as its snippets do.
await build({
  configFile: false,
  logLevel: 'warn',
  base: './',
  plugins: [preact(), configuratorPlugin({ sri })],
  build: { outDir, emptyOutDir: false, rolldownOptions: { input: { configurator: 'configurator.html' } } },
});
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
writeFileSync(`${outDir}/snippet.html`, snippetFile(version, sri));
for (const [file, hash] of Object.entries(sri)) console.log(`${file}  integrity="${hash}"`);
console.log(`The snippets with these hashes: ${outDir}/snippet.html`);
