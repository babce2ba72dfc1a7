// Iframe mode on a partner's page, the widget served from a second origin, resizer.js on the page:
// the iframe fits its content, and neither side acts on messages that are not from the other.
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type Heard,
  heard,
  layoutShift,
  listenForResults,
  openPartnerPage,
  type PageRecord,
  twoFrames,
  violations,
} from '../../tools/browser/browser';
import { stepTitle, t } from '../helpers/text';
import {
  cardTitles,
  completeAsCoumadinReader,
  expectHeadingFocused,
  INTERACTION,
  press,
  tabTo,
  type WidgetOnPage,
} from './keyboard-reader';
import { partnerSetup } from './partner-setup';

const RESIZE = 'personal-factors:resize';
const RESULTS = 'personal-factors:results';
const IFRAME = 'iframe[data-personal-factors]';

const setup = partnerSetup();

/**
 * Waits until `target` has received `sentinel`. Messages from one sender arrive in the order sent, so
 * by then every message the sender posted before it has been handled (by the resizer too).
 */
const received = (target: Page | Frame, sentinel: string) =>
  target.waitForFunction(
    (s) => (window as unknown as { __heard: Heard }).__heard.sentinels.includes(s),
    sentinel,
  );

/** Posts each message to the parent page from inside `frame`, then a sentinel. */
function postFromFrame(frame: Frame, messages: unknown[], sentinel: string) {
  return frame.evaluate(
    ([all, last]) => {
      for (const message of all as unknown[]) window.parent.postMessage(message, '*');
      window.parent.postMessage(last, '*');
    },
    [messages, sentinel] as const,
  );
}

/** Adds an iframe to the host page and returns its frame once loaded. */
async function addFrame(page: Page, src: string, marked: boolean): Promise<Frame> {
  const handle = await page.evaluateHandle(
    ([url, mark]) =>
      new Promise<HTMLIFrameElement>((resolve) => {
        const iframe = document.createElement('iframe');
        iframe.title = 'Another embed';
        iframe.height = '120';
        if (mark) iframe.setAttribute('data-personal-factors', '');
        iframe.addEventListener('load', () => resolve(iframe), { once: true });
        iframe.src = url as string;
        document.body.append(iframe);
      }),
    [src, marked] as const,
  );
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`no frame for ${src}`);
  return frame;
}

const FAKES = [
  { type: RESIZE, height: 123 },
  { type: RESULTS, article: 'd3-k2', count: 1, caveats: ['anticoagulant-vka'] },
];

describe('the widget in an iframe from another origin, sized by resizer.js', () => {
  let context: BrowserContext;
  let page: Page;
  let record: PageRecord;
  let frame: Frame;
  let widget: WidgetOnPage;
  const iframeHeight = () =>
    page
      .locator(IFRAME)
      .first()
      .evaluate((e) => e.clientHeight);
  const frameBodyHeight = () => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));

  beforeAll(async () => {
    ({ context, page, record } = await openPartnerPage(
      setup.browser,
      `${setup.servers.host.origin}/iframe-host.html`,
    ));
    const found = page
      .frames()
      .find((f) => f.url().startsWith(`${setup.servers.widget.origin}/dist/frame.html`));
    if (!found) throw new Error('no widget iframe');
    frame = found;
    widget = { page, frame, holder: IFRAME, root: frame.locator('personal-factors') };
    await widget.root.locator('.pfw-step').waitFor();
    await listenForResults(page);
    await listenForResults(frame);
  });
  afterAll(() => context?.close());

  test('starts at the height the page reserved, with all of step 1 in view and nothing to scroll inside', async () => {
    expect(await iframeHeight()).toBe(800);
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(
      true,
    );
  });

  test('grows to fit the results, so the reader never scrolls inside the frame', async () => {
    await completeAsCoumadinReader(widget);
    await page.waitForFunction(
      (selector) => (document.querySelector(selector)?.clientHeight ?? 0) > 800,
      IFRAME,
    );
    const height = await iframeHeight();
    expect(height).toBe(await frameBodyHeight());
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(
      true,
    );
  });

  test('the host hears through the resizer, on the iframe, what the element says: the article and a count', async () => {
    const { results } = await heard(page);
    expect(results.map((r) => r.detail)).toEqual([
      { article: 'd3-k2', count: (await cardTitles(widget)).length },
    ]);
    expect((await heard(frame)).results.map((r) => r.detail)).toEqual(results.map((r) => r.detail));
  });

  test('the resizer ignores look-alike messages from the host page itself', async () => {
    const before = await iframeHeight();
    await page.evaluate((fakes) => {
      for (const fake of fakes) window.postMessage(fake, '*');
      window.postMessage('sentinel:host', '*');
    }, FAKES);
    await received(page, 'sentinel:host');
    expect(await iframeHeight()).toBe(before);
    expect((await heard(page)).results).toHaveLength(1);
  });

  test('the resizer ignores them from another frame on the widget’s own origin', async () => {
    const before = await iframeHeight();
    const other = await addFrame(page, `${setup.servers.widget.origin}/other-embed.html`, false);
    await postFromFrame(other, FAKES, 'sentinel:other');
    await received(page, 'sentinel:other');
    expect(await iframeHeight()).toBe(before);
    expect((await heard(page)).results).toHaveLength(1);
  });

  test('the resizer ignores a marked iframe whose document is not from the origin its src names', async () => {
    const before = await iframeHeight();
    const impostor = await addFrame(page, `${setup.servers.widget.origin}/other-embed.html`, true);
    // The frame navigates itself elsewhere; its src attribute still names the widget's origin.
    await impostor.goto(`${setup.servers.host.origin}/other-embed.html`);
    await postFromFrame(impostor, FAKES, 'sentinel:impostor');
    await received(page, 'sentinel:impostor');
    const heights = await page.locator(IFRAME).evaluateAll((frames) => frames.map((f) => f.clientHeight));
    expect(heights).toEqual([before, 120]);
    expect((await heard(page)).results).toHaveLength(1);
  });

  test('the resizer ignores malformed messages even from the widget’s frame', async () => {
    const before = await iframeHeight();
    await postFromFrame(
      frame,
      [
        { type: RESIZE, height: '123' },
        { type: RESIZE, height: 1_000_000 },
        { type: RESIZE, height: -5 },
        { type: RESIZE },
        { type: RESULTS, article: 'd3-k2', count: 1, caveats: 'anticoagulant' },
        { type: RESULTS, article: 'd3-k2', count: 1, caveats: ['You take Coumadin'] },
        { type: RESULTS, article: 'd3-k2', count: 1, answers: { age: 71 } },
        'personal-factors:resize 123',
      ],
      'sentinel:widget',
    );
    await received(page, 'sentinel:widget');
    expect(await iframeHeight()).toBe(before);
    expect((await heard(page)).results).toHaveLength(1);
  });

  test('the frame is not moved by messages the host page sends into it', async () => {
    const titles = await cardTitles(widget);
    await page
      .locator(IFRAME)
      .first()
      .evaluate((iframe: HTMLIFrameElement) => {
        const inside = iframe.contentWindow as Window;
        for (const message of [
          { type: 'personal-factors:resize', height: 1 },
          { type: 'personal-factors:results', caveats: [] },
          { answers: { age: 12 } },
          'start-over',
        ]) {
          inside.postMessage(message, '*');
        }
        inside.postMessage('sentinel:into-frame', '*');
      });
    await received(frame, 'sentinel:into-frame');
    expect(await cardTitles(widget)).toEqual(titles);
    expect(titles[0]).toBe(INTERACTION);
    expect((await heard(frame)).results).toHaveLength(1); // the widget's own event, from before
  });

  test('shrinks back to the height the page gave it when the reader starts over', async () => {
    await tabTo(widget, `button ${t.results.startOver}`);
    expect(await press(widget, 'Enter')).toBe(`button ${t.results.startOverYes}`); // it asks first
    await press(widget, 'Enter');
    await expectHeadingFocused(widget, stepTitle('about'));
    await page.waitForFunction((selector) => document.querySelector(selector)?.clientHeight === 800, IFRAME);
    // Inside, step 1 is as tall as it is: the reservation was for the first render.
    expect(await frameBodyHeight()).toBeLessThanOrEqual(800);
  });

  test('a frame without parent-origin tells the page nothing, so it keeps the height it was given', async () => {
    const silent = await addFrame(page, `${setup.servers.widget.origin}/dist/frame.html?article=d3-k2`, true);
    await silent.locator('personal-factors .pfw-step').waitFor();
    // In view (Chromium does not render off-screen cross-origin frames), and two frames on, the frame's
    // size observer has run: anything it posted would precede the sentinel.
    await page.locator(IFRAME).last().scrollIntoViewIfNeeded();
    await twoFrames(silent);
    await postFromFrame(silent, [], 'sentinel:silent');
    await received(page, 'sentinel:silent');
    expect(
      await page
        .locator(IFRAME)
        .last()
        .evaluate((e) => e.clientHeight),
    ).toBe(120);
  });

  test('nothing went wrong on either side', async () => {
    expect(record.errors).toEqual([]);
    expect(await violations(page)).toEqual([]);
  });
});

describe('the iframe on phones, where the page reserves 944 px below 700 px and 992 px below 375 px', () => {
  test.each([
    { width: 412, height: 915, reserved: 944 },
    { width: 375, height: 800, reserved: 944 },
    { width: 360, height: 780, reserved: 992 },
    { width: 320, height: 640, reserved: 992 },
  ])(
    'keeps the height reserved at $width px, so the article below does not move',
    async ({ reserved, ...viewport }) => {
      const { context, page } = await openPartnerPage(
        setup.browser,
        `${setup.servers.host.origin}/iframe-host.html`,
        viewport,
      );
      // The resizer has acted once it has set the iframe's height.
      await page.waitForFunction(
        (selector) => document.querySelector<HTMLElement>(selector)?.style.height,
        IFRAME,
      );
      expect(await page.locator(IFRAME).evaluate((e) => e.clientHeight)).toBe(reserved);
      expect(await layoutShift(page)).toBe(0);
      await context.close();
    },
  );
});
