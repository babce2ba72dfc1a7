// A page that opts in with share-results="caveat-ids" (the element's attribute, the iframe's query)
// hears which caveats apply, in the same detail shape as everyone else plus the ids. Pages that do
// not opt in hear only a count: partner-pages.e2e.ts checks that on every kind of page.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { heard, listenForResults, openPartnerPage } from '../../tools/browser/browser';
import { cardTitles, completeAsCoumadinReader, type WidgetOnPage, widgetIn } from './keyboard-reader';
import { partnerSetup } from './partner-setup';

const setup = partnerSetup();

describe('a page that opts in to caveat ids, with the element and an iframe', () => {
  let context: BrowserContext;
  let page: Page;
  let element: WidgetOnPage;
  let framed: WidgetOnPage;

  beforeAll(async () => {
    ({ context, page } = await openPartnerPage(
      setup.browser,
      `${setup.servers.host.origin}/shares-caveat-ids.html`,
    ));
    element = widgetIn(page, '#element');
    const frame = page.frames().find((f) => f.url().includes('/dist/frame.html'));
    if (!frame) throw new Error('no widget iframe on the page');
    framed = {
      page,
      frame,
      holder: 'iframe[data-personal-factors]',
      root: frame.locator('personal-factors'),
    };
    await element.root.locator('.pfw-step').waitFor();
    await framed.root.locator('.pfw-step').waitFor();
    await listenForResults(page);
    await completeAsCoumadinReader(element);
    // The reader clicks the heading above the iframe, so Tab goes on from there, into the frame.
    await page.locator('#before-frame').click();
    await completeAsCoumadinReader(framed);
    await page.waitForFunction(
      () => (window as unknown as { __heard: { results: unknown[] } }).__heard.results.length === 2,
    );
  });
  afterAll(() => context?.close());

  test('hears from each which caveats apply, blood thinners first, with the count', async () => {
    const results = (await heard(page)).results;
    expect(results.map((r) => r.from)).toEqual(['element', 'iframe']);
    for (const { detail } of results) {
      const { article, count, caveats } = detail as { article: string; count: number; caveats: string[] };
      expect(Object.keys(detail as object)).toEqual(['article', 'count', 'caveats']);
      expect(article).toBe('d3-k2');
      expect(caveats[0]).toBe('anticoagulant-vka');
      expect(count).toBe(caveats.length);
      expect(count).toBe((await cardTitles(element)).length);
    }
    expect(results[0]?.detail).toEqual(results[1]?.detail);
  });

  test('the ids are all it adds: nothing the reader typed', async () => {
    expect(JSON.stringify((await heard(page)).results)).not.toMatch(/71|coumadin|warfarin|female/i);
  });
});
