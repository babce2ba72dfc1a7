// docs/screenshots/ shows the widget as it is, in each locale (English there, Spanish in es/): each state
// the screenshot script records is walked again, on the demo page in that locale's language, and the
// widget's visible text compared with the text committed beside its picture. axe runs in each state
// too: these are the only browser walk through every step with answers (the grouped rows).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { accessibilityViolations, launch } from '../../tools/browser/browser';
import {
  LOCALES,
  screenshotsIn,
  serveDemo,
  visibleText,
  WIDTHS,
  walkStates,
} from '../../tools/screenshots/states';

const RUN = 'run `npx tsx tools/screenshots.ts` and commit docs/screenshots/';

describe('the committed screenshots', () => {
  let browser: Browser;
  let demo: { server: ViteDevServer; url: string };
  beforeAll(async () => {
    demo = await serveDemo();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.server.close();
  });

  test.each(LOCALES.flatMap((locale) => WIDTHS.map((width) => ({ locale, width }))))(
    'show what the widget renders now, in $locale, at $width px',
    async ({ locale, width }) => {
      const folder = screenshotsIn(locale);
      const context = await browser.newContext();
      const stale: string[] = [];
      const seen: string[] = [];
      const axe: string[] = [];
      await walkStates(
        context,
        demo.url,
        width,
        async ({ name, selector }, page) => {
          const file = `${name}-${width}`;
          seen.push(file);
          const sidecar = join(folder, `${file}.txt`);
          const committed = existsSync(sidecar) ? readFileSync(sidecar, 'utf8') : undefined;
          if (committed !== (await visibleText(page, selector))) stale.push(file);
          if (!existsSync(join(folder, `${file}.png`))) stale.push(`${file} (no picture)`);
          for (const found of await accessibilityViolations(page, 'personal-factors'))
            axe.push(`${file}: ${found}`);
        },
        locale,
      );
      await context.close();
      expect(stale, `These screenshots (${locale}) no longer match the widget: ${RUN}`).toEqual([]);
      expect(seen.length).toBeGreaterThan(5);
      expect(axe).toEqual([]);
    },
  );
});
