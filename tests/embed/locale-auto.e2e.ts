// locale="auto", the default, in Chromium. On the built widget (npm run build), whose article is in
// English only: a French page gets the article's English without an error, marked lang="en" for screen
// readers, in the element and in the iframe (the page's language passed as the query's `lang`). On
// Vite's dev server with a second locale (the test-only en-XA beside every article's own, through a
// fixture registry and catalogs: tests/fixtures/locale-auto/): the nearest lang wins over the
// document's, across a shadow root too, a written locale wins over both, and the whole widget is in one.

import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import { launch, openPartnerPage, type PageRecord } from '../../tools/browser/browser';
import { optionsSchemaPlugin } from '../../tools/options-schema-plugin';
import { PSEUDO_LOCALE } from '../fixtures/locales/pseudo';
import { t } from '../helpers/text';
import { partnerSetup } from './partner-setup';

/** The widget's rendered root inside the holder's shadow root, with its language and direction. */
const rootIn = (page: Page, holder: string) => page.locator(`${holder} [part=root]`);
const langAndDir = async (root: Locator) => ({
  lang: await root.getAttribute('lang'),
  dir: await root.getAttribute('dir'),
});
/** What a reader sees first: the step's title (from the pack) and the button (from the catalog). */
const firstWords = async (root: Locator) => ({
  title: await root.locator('.pfw-step h3').first().textContent(),
  button: await root.locator('button[type=submit]').textContent(),
});

describe('the built widget on a French page (the article is in English and Spanish, not French)', () => {
  const setup = partnerSetup();
  let context: BrowserContext;
  let page: Page;
  let record: PageRecord;
  beforeAll(async () => {
    ({ context, page, record } = await openPartnerPage(
      setup.browser,
      `${setup.servers.host.origin}/french.html`,
    ));
    await page.locator('#auto .pfw-step').waitFor();
    await page.locator('#unavailable [part=error]').waitFor();
  });
  afterAll(() => context?.close());

  test('shows the article’s default locale, English, marked lang="en" dir="ltr" on its root', async () => {
    const root = rootIn(page, '#auto');
    expect(await langAndDir(root)).toEqual({ lang: 'en', dir: 'ltr' });
    expect(await root.getByRole('button', { name: t.next }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
  });

  test('logs only the written locale the article lacks, which keeps its clear message', async () => {
    const written = Object.keys(d3k2.locales).map((l) => `"${l}"`);
    const line = `"locale" is "ja", but article "d3-k2" is written only in ${written.join(', ')}`;
    const alert = page.locator('#unavailable').getByRole('alert');
    expect(await alert.getByRole('listitem').allTextContents()).toEqual([line]);
    // The English message box says it is English, on the French page.
    expect(await alert.getAttribute('lang')).toBe('en');
    expect(record.errors).toEqual([`console.error: <personal-factors>: ${line}`]);
    expect(await page.locator('#host-still-works').isVisible()).toBe(true);
  });

  test('in the iframe, takes the page’s language from the query and shows English all the same', async () => {
    const frame = page.frameLocator('iframe[data-personal-factors]');
    await frame.locator('.pfw-step').waitFor();
    expect(await langAndDir(frame.locator('[part=root]'))).toEqual({ lang: 'en', dir: 'ltr' });
    const inner = page.frames().find((f) => f.url().includes('/dist/frame.html'));
    expect(await inner?.evaluate(() => document.documentElement.lang)).toBe('fr');
    // The frame's address says the page's language and the options, nothing of the reader's.
    expect(new URL(inner?.url() ?? '').searchParams.get('lang')).toBe('fr');
    expect(record.errors).toHaveLength(1); // the "ja" element's, above
  });
});

/** Redirects the element's import of the shipped catalogs to the fixture's, which add en-XA. */
const FIXTURES = resolve('tests/fixtures/locale-auto');
const fixtureCatalogs = (): Plugin => ({
  name: 'test:fixture-catalogs',
  enforce: 'pre',
  resolveId(source, importer) {
    const catalogs = join(FIXTURES, 'catalogs.ts');
    if (importer && importer !== catalogs && source.endsWith('/messages/catalogs')) return catalogs;
    return undefined;
  },
});

describe('a build with two locales (en and the pseudo-locale en-XA), on the dev server', () => {
  let server: ViteDevServer;
  let browser: Awaited<ReturnType<typeof launch>>;
  let base = '';
  beforeAll(async () => {
    server = await createServer({
      configFile: false,
      cacheDir: join(tmpdir(), 'pfw-locale-auto-vite'),
      plugins: [
        preact(),
        optionsSchemaPlugin({ registry: join(FIXTURES, 'registry.ts') }),
        fixtureCatalogs(),
      ],
      server: { host: '127.0.0.1', port: 0 },
      // Only the fixture's pages: the dependency scan would otherwise read every HTML file of the project.
      optimizeDeps: { entries: ['tests/fixtures/locale-auto/*.html'] },
      logLevel: 'error',
    });
    await server.listen();
    base = `${server.resolvedUrls?.local[0] ?? ''}tests/fixtures/locale-auto/`;
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a fixture page and waits until each holder's widget shows its first step. */
  async function open(name: string, holders: string[]) {
    const { context, page, record } = await openPartnerPage(browser, `${base}${name}`);
    for (const holder of holders) await page.locator(`${holder} .pfw-step`).waitFor();
    return { context, page, record };
  }

  const PSEUDO_ROOT = { lang: PSEUDO_LOCALE, dir: 'ltr' };
  const ENGLISH_ROOT = { lang: 'en', dir: 'ltr' };

  test('on a French page: English where nothing nearer says, en-XA under a lang="en-XA" ancestor', async () => {
    const { context, page, record } = await open('french.html', [
      '#page',
      '#ancestor',
      '#written',
      '#shadow-host',
    ]);
    expect(await langAndDir(rootIn(page, '#page'))).toEqual(ENGLISH_ROOT);
    expect(await firstWords(rootIn(page, '#page'))).toEqual({
      title: d3k2.pack.steps[0]?.title,
      button: t.next,
    });
    expect(await langAndDir(rootIn(page, '#ancestor'))).toEqual(PSEUDO_ROOT);
    // The whole widget in en-XA: the pack's words and the catalog's, never a mix.
    const pseudoWords = await firstWords(rootIn(page, '#ancestor'));
    expect(pseudoWords.title).toMatch(/^⟦.*⟧$/);
    expect(pseudoWords.button).toMatch(/^⟦.*⟧$/);
    // A written locale wins over the page's.
    expect(await langAndDir(rootIn(page, '#written'))).toEqual(ENGLISH_ROOT);
    // Inside a partner component's shadow root: its host's lang, in any case.
    expect(await langAndDir(rootIn(page, '#shadow-host'))).toEqual(PSEUDO_ROOT);
    expect(record.errors).toEqual([]);
    await context.close();
  });

  test('on an en-XA page: en-XA, but English under a lang="en-GB" ancestor', async () => {
    const { context, page, record } = await open('pseudo-document.html', ['#page', '#ancestor']);
    expect(await langAndDir(rootIn(page, '#page'))).toEqual(PSEUDO_ROOT);
    expect(await langAndDir(rootIn(page, '#ancestor'))).toEqual(ENGLISH_ROOT);
    expect(record.errors).toEqual([]);
    await context.close();
  });

  test('follows the element’s own lang when it changes, keeping the reader’s answers', async () => {
    const { context, page, record } = await open('french.html', ['#page']);
    const root = rootIn(page, '#page');
    const age = root.locator('input').first();
    await age.fill('71');
    await page.locator('#page personal-factors').evaluate((element) => element.setAttribute('lang', 'en-XA'));
    await expect.poll(() => root.getAttribute('lang')).toBe(PSEUDO_LOCALE);
    expect((await firstWords(root)).button).toMatch(/^⟦/);
    expect(await root.locator('input').first().inputValue()).toBe('71');
    expect(record.errors).toEqual([]);
    await context.close();
  });
});
