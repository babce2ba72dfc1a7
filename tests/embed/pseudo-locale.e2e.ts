// Strings 40 % longer (the pseudo-locale en-XA) must not break the layout: no sideways scrolling and
// no text pushed out of its box, at phone and desktop widths, at every step and on the results.

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch } from '../../tools/browser/browser';

let server: ViteDevServer;
let browser: Browser;
beforeAll(async () => {
  server = await createServer({
    cacheDir: join(tmpdir(), 'pfw-pseudo-vite'),
    server: { host: '127.0.0.1', port: 0 },
    logLevel: 'error',
  });
  await server.listen();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What sticks out: the page's sideways overflow, and elements whose content is wider than their box. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const sideways = document.documentElement.scrollWidth - window.innerWidth;
    const clipped = [...document.querySelectorAll<HTMLElement>('.pfw *')]
      .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 30)}`);
    return { sideways, clipped };
  });

describe('the widget with 40 % longer strings', () => {
  for (const width of [320, 1280]) {
    test(`fits at ${width} px at every step and on the results`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const url = server.resolvedUrls?.local[0] ?? '';
      await page.goto(`${url}tests/fixtures/pseudo-page/index.html`);
      const submit = page.locator('button[type=submit]');
      await submit.waitFor();
      for (let step = 0; (await submit.count()) > 0; step++) {
        expect(await overflow(page), `step ${step + 1}`).toEqual({ sideways: 0, clipped: [] });
        await submit.click();
      }
      await page.locator('.pfw-card').first().waitFor({ state: 'attached' }); // background cards start folded
      expect(await overflow(page), 'results').toEqual({ sideways: 0, clipped: [] });
      await context.close();
    });
  }
});
