// A reader who prints their summary from a partner's article, in the browser. The print dialog cannot
// be driven headless, so print() is replaced by a counter and paper is emulated with the print media type.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openPartnerPage, type PageRecord } from '../../tools/browser/browser';
import { articleTitle, escapeRegExp, fill, medicationReason, t, templatePattern } from '../helpers/text';
import {
  completeAsCoumadinReader,
  INTERACTION,
  press,
  skipToResults,
  tabTo,
  type WidgetOnPage,
  widgetIn,
} from './keyboard-reader';
import { partnerSetup } from './partner-setup';

const setup = partnerSetup();

/** Replaces print() with a counter: the print dialog cannot be driven headless. */
const countPrints = async (context: BrowserContext) => {
  await context.addInitScript(() => {
    const w = window as unknown as { __printed: number };
    w.__printed = 0;
    window.print = () => {
      w.__printed++;
    };
  });
};

describe('a reader who prints the summary for their prescriber', () => {
  let context: BrowserContext;
  let page: Page;
  let record: PageRecord;
  let widget: WidgetOnPage;
  const printed = () => page.evaluate(() => (window as unknown as { __printed: number }).__printed);
  const article = () => page.getByRole('heading', { level: 1 });
  const summary = () => widget.root.getByRole('region', { name: t.results.summaryHeading });

  beforeAll(async () => {
    ({ context, page, record } = await openPartnerPage(
      setup.browser,
      `${setup.servers.host.origin}/plain.html`,
      undefined,
      countPrints,
    ));
    widget = widgetIn(page, 'personal-factors');
    await completeAsCoumadinReader(widget);
    await tabTo(widget, `button ${t.results.print}`);
    await press(widget, 'Enter');
    await page.emulateMedia({ media: 'print' });
  });
  afterAll(() => context?.close());

  test('Print opens the browser’s print once', async () => {
    expect(await printed()).toBe(1);
  });

  test('on paper the article around the widget is left out', async () => {
    expect(await article().isVisible()).toBe(false);
    expect(await page.locator('#below-widget').isVisible()).toBe(false);
  });

  test('on paper the widget gives the questions and what applies, and none of the questionnaire', async () => {
    expect(await summary().isVisible()).toBe(true);
    expect(await summary().getByRole('listitem').filter({ hasText: INTERACTION }).isVisible()).toBe(true);
    expect(await widget.root.locator('.pfw-card h4').first().isVisible()).toBe(false); // the cards
    expect(await widget.root.getByRole('button', { name: t.results.print }).isVisible()).toBe(false);
    expect(await widget.root.getByRole('button', { name: t.results.startOver }).isVisible()).toBe(false);
  });

  test('on paper the take-away says where from, when, which medicines, and why each question is asked', async () => {
    // biome-ignore lint/performance/useDomNodeTextContent: what is on paper is what the print CSS lets render
    const paper = await summary().innerText();
    expect(paper).toContain(fill(t.results.takeAwayArticle, { title: articleTitle }));
    expect(paper).toContain(`${setup.servers.host.origin}/plain.html`);
    expect(paper).toMatch(
      templatePattern(t.results.takeAwayDate, { date: /\w+ \d+, \d{4}/ }, { at: 'anywhere' }),
    );
    expect(paper).toMatch(
      new RegExp(`${escapeRegExp(t.results.takeAwayMedications)}\\s+Coumadin \\(warfarin\\)`),
    );
    expect(paper).toContain(
      fill(t.results.takeAwayReason, { reason: medicationReason('brand', 'warfarin', 'Coumadin') }),
    );
    expect(paper).toContain(t.results.appliesHeading);
  });

  // Page boxes in CSS px inside Chromium's default print margins (about 1 cm). page.pdf() cannot
  // measure this: it fires afterprint, which takes the print setup away.
  test.each([
    { paper: 'A4', width: 718, height: 1047 },
    { paper: 'Letter', width: 740, height: 980 },
  ])('the printed take-away fits on one $paper side', async ({ width, height }) => {
    await page.setViewportSize({ width, height });
    const printed = await page.locator('personal-factors').boundingBox();
    expect(printed!.height).toBeGreaterThan(300);
    expect(printed!.height).toBeLessThanOrEqual(height);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('after printing, the page is as it was, on screen and on paper', async () => {
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await article().isVisible()).toBe(true); // still print media: the hiding sheet is gone
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    await page.emulateMedia({ media: 'screen' });
    expect(await widget.root.locator('.pfw-card h4').first().isVisible()).toBe(true);
    expect(record.errors).toEqual([]);
  });
});

describe('a reader who prints two widgets on a browser that never fires afterprint', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await openPartnerPage(
      setup.browser,
      `${setup.servers.host.origin}/twice.html`,
      undefined,
      countPrints,
    ));
    for (const holder of ['#first', '#second']) {
      const widget = widgetIn(page, holder);
      await skipToResults(widget);
      await tabTo(widget, `button ${t.results.print}`);
      await press(widget, 'Enter');
    }
  });
  afterAll(() => context?.close());

  test('the second print sets up for its own widget only: the first one’s setup is undone', async () => {
    expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(2);
    const printing = await page.$$eval('[data-pfw-printing]', (elements) => elements.map((e) => e.id));
    expect(printing).toEqual(['second']);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
  });
});
