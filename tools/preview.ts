// `npm run preview`: the demo article (index.html) with the built widget, loaded as a partner loads
// it: dist/embed.js in a <script> with its integrity, no Vite in between; and the built configurator.
// Run after `npm run build` (the npm script does both). `--port N` picks the port (default 4173); 0 takes any free one.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { serve } from './browser/server';

/** What the dev server's module script becomes: the page's stylesheet and the partner snippet. */
const DEV_SCRIPT = '<script type="module" src="/demo/main.ts"></script>';

function productionPage(html: string, integrity: string): string {
  if (!html.includes(DEV_SCRIPT)) throw new Error(`index.html no longer loads ${DEV_SCRIPT}`);
  return html.replace(
    DEV_SCRIPT,
    `<link rel="stylesheet" href="/demo/demo.css" />
    <script src="/dist/embed.js" integrity="${integrity}" crossorigin="anonymous" defer></script>`,
  );
}

const { values } = parseArgs({ options: { port: { type: 'string', default: '4173' } } });
let sri: Record<string, string>;
try {
  sri = JSON.parse(readFileSync('dist/sri.json', 'utf8'));
} catch {
  console.error('dist/ is missing: run `npm run build` first (`npm run preview` does).');
  process.exit(1);
}
const page = Buffer.from(productionPage(readFileSync('index.html', 'utf8'), sri['embed.js'] ?? ''));
const served = await serve(
  {},
  {
    pages: ['.'],
    index: '/index.html',
    port: Number(values.port),
    // The article, its stylesheet and the build: nothing else of the project's folder.
    only: /^\/(index\.html|demo\/demo\.css|dist\/.+)$/,
    rewrite: (path, body) => (path === '/index.html' ? page : body),
  },
);
console.log(`The demo article with the built dist/embed.js: ${served.origin}/`);
console.log(`The configurator, with this build's hashes: ${served.origin}/dist/configurator.html`);
