/**
 * Screenshots of every step and the results at 320 px and 1280 px wide, in English for docs/screenshots/
 * and in each other locale of the article for its folder there (docs/screenshots/es/), each with the
 * widget's visible text beside it (`<name>-<width>.txt`), which tests/embed/screenshots.e2e.ts compares
 * with what the widget renders now. Serves the demo with Vite on 127.0.0.1, walks one reader's story
 * (tools/screenshots/states.ts) in Debian's Chromium, on the demo page in each locale's language, and
 * fails if the page scrolls sideways at either width or axe finds a WCAG 2.2 A/AA problem in the widget.
 * Run: npx tsx tools/screenshots.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { accessibilityViolations, launch } from './browser/browser';
import {
  LOCALES,
  type Locale,
  type State,
  screenshotsIn,
  serveDemo,
  visibleText,
  WIDTHS,
  walkStates,
} from './screenshots/states';

const { server, url } = await serveDemo();
const browser = await launch();

/** Screenshots the state's part of the widget (at most `maxHeight` px of it, to keep files small) and writes its text. */
async function shoot({ name, selector, maxHeight }: State, page: Page, width: number, locale: Locale) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) throw new Error(`${locale} ${name} at ${width}px scrolls sideways by ${overflow}px`);
  const violations = await accessibilityViolations(page, 'personal-factors');
  if (violations.length)
    throw new Error(`${locale} ${name} at ${width}px: axe finds ${violations.join('; ')}`);
  const folder = screenshotsIn(locale);
  await mkdir(folder, { recursive: true });
  // Page coordinates, not viewport ones: focus moves scroll the page.
  const box = await page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height };
    });
  const path = join(folder, `${name}-${width}.png`);
  await page.screenshot({
    path,
    fullPage: true,
    animations: 'disabled',
    clip: { ...box, height: Math.min(box.height, maxHeight) },
  });
  // Debian's pngquant, when installed, makes the files several times smaller at no visible cost.
  spawnSync('pngquant', ['--force', '--skip-if-larger', '--quality=70-95', '--output', path, path]);
  await writeFile(join(folder, `${name}-${width}.txt`), await visibleText(page, selector));
  console.log(`${locale === 'en' ? '' : `${locale}/`}${name}-${width}.png`);
}

// `npx tsx tools/screenshots.ts es` redraws one locale's only.
const only = process.argv.slice(2);
try {
  for (const locale of LOCALES.filter((l) => !only.length || only.includes(l))) {
    for (const width of WIDTHS) {
      const context = await browser.newContext();
      await walkStates(context, url, width, (state, page) => shoot(state, page, width, locale), locale);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
