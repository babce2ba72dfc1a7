// A widget far down an article costs the host page nothing while it loads: it renders once it comes
// within about a screen of the viewport, or when the page is idle, whichever is first, and the space
// reserved for it holds, so nothing moves (embed/when-near.ts).
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { layoutShift, openPartnerPage, twoFrames } from '../../tools/browser/browser';
import { t } from '../helpers/text';
import { partnerSetup } from './partner-setup';

const setup = partnerSetup();
const VIEWPORT = { width: 1280, height: 900 };

let context: BrowserContext | undefined;
afterEach(() => context?.close());

/** far-below.html, the widget 5000 px down; `busy` makes the page never idle (requestIdleCallback never calls back). */
async function farBelow(busy: boolean): Promise<Page> {
  const opened = await openPartnerPage(
    setup.browser,
    `${setup.servers.host.origin}/far-below.html`,
    VIEWPORT,
    async (c) => {
      if (busy) await c.addInitScript(() => Object.assign(window, { requestIdleCallback: () => 0 }));
      // Where the content below the widget stood once the page was parsed, before any render.
      await c.addInitScript(() =>
        document.addEventListener('DOMContentLoaded', () => {
          const footer = document.querySelector('#below-widget') as HTMLElement;
          const widget = document.querySelector('personal-factors');
          Object.assign(window, {
            atLoad: {
              footer: footer.getBoundingClientRect().top + scrollY,
              rendered: !!widget?.shadowRoot?.querySelector('.pfw'),
            },
          });
        }),
      );
    },
  );
  context = opened.context;
  expect(opened.record.errors).toEqual([]);
  return opened.page;
}

const rendered = (page: Page) =>
  page.evaluate(() => !!document.querySelector('personal-factors')?.shadowRoot?.querySelector('.pfw'));
/** The top of the content below the widget, in page coordinates (scrolling aside). */
const footerOnPage = (page: Page) =>
  page.evaluate(
    () => (document.querySelector('#below-widget')?.getBoundingClientRect().top ?? NaN) + scrollY,
  );
const atLoad = (page: Page) =>
  page.evaluate(() => (window as unknown as { atLoad: { footer: number; rendered: boolean } }).atLoad);
/** Scrolls so the widget's top is `screens` viewport heights below the viewport's top. */
const scrollToScreens = (page: Page, screens: number) =>
  page.evaluate((n) => {
    const element = document.querySelector('personal-factors') as HTMLElement;
    scrollTo(0, element.getBoundingClientRect().top + scrollY - n * innerHeight);
  }, screens);

/** Waits for the first step to render, then checks that the content below the widget has not moved since the page was parsed. */
async function rendersWithoutShift(page: Page) {
  const before = await atLoad(page);
  expect(before.rendered).toBe(false);
  await page
    .locator('personal-factors')
    .getByRole('button', { name: t.next, exact: true })
    .waitFor({ state: 'attached' });
  await twoFrames(page);
  expect(await footerOnPage(page)).toBe(before.footer);
  expect(await layoutShift(page)).toBe(0);
}

describe('a widget several screens below the fold', () => {
  test('does not render while the reader is far from it, and renders before they reach it, without a shift', async () => {
    const page = await farBelow(true);
    await page.waitForTimeout(1000);
    await twoFrames(page);
    expect(await rendered(page)).toBe(false);
    // Closer, but still more than a screen below the viewport's bottom edge.
    await scrollToScreens(page, 2.5);
    await page.waitForTimeout(300);
    await twoFrames(page);
    expect(await rendered(page)).toBe(false);

    // Half a screen below the viewport's bottom edge: within the margin, so it renders out of sight.
    await scrollToScreens(page, 1.5);
    await rendersWithoutShift(page);
  });

  test('renders when the page is idle, without the reader scrolling, and nothing moves', async () => {
    const page = await farBelow(false);
    await rendersWithoutShift(page);
    expect(await page.evaluate(() => scrollY)).toBe(0);
  });
});
