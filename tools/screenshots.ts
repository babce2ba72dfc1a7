/**
 * Screenshots of every step and the results at 320 px and 1280 px wide, for docs/screenshots/.
 * Serves the demo with Vite on 127.0.0.1, walks one reader's story in Debian's Chromium, and fails
 * if the page scrolls sideways at either width or axe finds a WCAG 2.2 A/AA problem in the widget. Run: npx tsx tools/screenshots.ts
 */
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createServer } from 'vite';
import { accessibilityViolations, launch } from './browser/browser';

const OUT = join(import.meta.dirname, '../docs/screenshots');
const WIDTHS = [320, 1280];

// Vite's dependency cache goes to a temporary folder: node_modules may be shared with other checkouts.
const server = await createServer({
  cacheDir: join(tmpdir(), 'pfw-screenshots-vite'),
  server: { host: '127.0.0.1', port: 5199 },
  logLevel: 'warn',
});
await server.listen();
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5199/';

const browser = await launch();

/** What the reader does on each step before its screenshot (step 1 is index 0); `extra` takes one more. */
type Act = (page: Page, extra: (name: string) => Promise<void>) => Promise<void>;
const story: Act[] = [
  async (page) => {
    await page.getByLabel('How old are you?').fill('71');
    await page.getByRole('radio', { name: "Yes, I've been through it" }).check();
  },
  async (page) => {
    await page.getByRole('radio', { name: 'Rarely', exact: true }).check();
    await page.getByRole('radio', { name: /^Long and dark/ }).check();
  },
  async (page) => {
    const natto = page.getByRole('group', { name: /natto/ });
    await natto.getByRole('radio', { name: 'Rarely or never' }).check();
  },
  async (page) => {
    await page.getByRole('checkbox', { name: 'None of these' }).check();
    await page.getByRole('radio', { name: "I've never been tested" }).check();
  },
  async (page, extra) => {
    const box = page.getByRole('combobox');
    for (const name of ['Coumadin 5 mg', 'Xareltoo', 'Zorblax']) {
      await box.fill(name);
      await box.press('Enter');
    }
    await box.fill('ome');
    await box.press('ArrowDown');
    await extra('step-5-suggestions');
    await box.press('Escape');
    await box.press('Escape');
  },
  async (page) => {
    for (const name of ['Vitamin D3', 'Vitamin K2', 'Calcium']) {
      await page.getByRole('checkbox', { name }).check();
    }
    await page.getByRole('radio', { name: 'MK-7' }).check();
    await page.getByRole('radio', { name: 'No, a standard product' }).check();
    await page.getByRole('radio', { name: 'It varies' }).check();
  },
  async (page) => {
    await page.getByRole('checkbox', { name: 'Bones' }).check();
  },
];

/** Screenshots `selector` (the whole widget by default), at most `maxHeight` px of it to keep files small. */
async function shoot(page: Page, name: string, width: number, selector = '.pfw', maxHeight = 2000) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) throw new Error(`${name} at ${width}px scrolls sideways by ${overflow}px`);
  const violations = await accessibilityViolations(page, 'personal-factors');
  if (violations.length) throw new Error(`${name} at ${width}px: axe finds ${violations.join('; ')}`);
  // Page coordinates, not viewport ones: focus moves scroll the page.
  const box = await page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height };
  });
  const path = join(OUT, `${name}-${width}.png`);
  await page.screenshot({
    path,
    fullPage: true,
    animations: 'disabled',
    clip: { ...box, height: Math.min(box.height, maxHeight) },
  });
  // Debian's pngquant, when installed, makes the files several times smaller at no visible cost.
  spawnSync('pngquant', ['--force', '--skip-if-larger', '--quality=70-95', '--output', path, path]);
  console.log(`${name}-${width}.png`);
}

try {
  for (const width of WIDTHS) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    for (const [i, act] of story.entries()) {
      await act(page, (name) => shoot(page, name, width));
      await shoot(page, `step-${i + 1}`, width);
      await page.getByRole('button', { name: i + 1 < story.length ? 'Next' : 'See my results' }).click();
    }
    await page.getByRole('heading', { name: 'What applies to you' }).waitFor();
    // The results run long for this reader: the top (the interaction first) and the take-away summary.
    await shoot(page, 'results', width, '.pfw', width < 600 ? 1800 : 1100);
    await shoot(page, 'results-summary', width, '.pfw-summary');
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
