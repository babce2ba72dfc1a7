// A reader completes the questionnaire by keyboard on each kind of partner page, with the built
// dist/embed.js (or the iframe) loaded as a partner would: the reader gets their results, and the page
// comes out of it as it went in.
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { articles } from '../../src/content/registry';
import {
  accessibilityViolations,
  heard,
  layoutShift,
  listenForResults,
  openPartnerPage,
  type PageRecord,
  storedState,
  violations,
} from '../../tools/browser/browser';
import { fill, medicationReason, progressLine, questionLabel, t } from '../helpers/text';
import {
  cardTitles,
  completeAsCoumadinReader,
  INTERACTION,
  progress,
  skipToResults,
  tabTo,
  type WidgetOnPage,
  widgetIn,
} from './keyboard-reader';
import { partnerSetup } from './partner-setup';

type PartnerPage = {
  /** The fixture's file name without .html; also the screenshot's. */
  name: string;
  story: string;
  /** The element that holds the reader's widget in the page. */
  holder: string;
  iframe?: boolean;
  /** Every request the page may make, origins written host: and widget:, queries as ?…, hashes as *. */
  requests: string[];
};

const PAGES: PartnerPage[] = [
  {
    name: 'plain',
    story: 'an ordinary article page',
    holder: 'personal-factors',
    requests: ['host:/plain.html', 'host:/partner.css', 'host:/dist/embed.js'],
  },
  {
    name: 'hostile',
    story: 'a page whose global CSS restyles every element',
    holder: 'personal-factors',
    requests: ['host:/hostile.html', 'host:/hostile.css', 'host:/dist/embed.js'],
  },
  {
    name: 'strict-csp',
    story: 'a page served with a strict Content-Security-Policy and Trusted Types',
    holder: 'personal-factors',
    requests: ['host:/strict-csp.html', 'host:/partner.css', 'host:/dist/embed.js'],
  },
  {
    name: 'twice',
    story: 'a page that loads the script twice and has three widgets',
    holder: '#first',
    requests: ['host:/twice.html', 'host:/partner.css', 'host:/dist/embed.js', 'host:/dist/embed.js?…'],
  },
  {
    name: 'iframe-host',
    story: 'a CMS that allows only iframes, the widget served from a second origin',
    holder: 'iframe[data-personal-factors]',
    iframe: true,
    requests: [
      'host:/iframe-host.html',
      'host:/partner.css',
      'widget:/dist/resizer.js',
      'widget:/dist/frame.html?…',
      'widget:/dist/assets/frame-*.js',
      'widget:/dist/assets/frame-*.css',
    ],
  },
];

const STEPS = ['step 1', 'step 2', 'step 2, suggestions open', 'results'];

const CAVEAT_IDS = articles.flatMap((article) => article.pack.caveats.map((caveat) => caveat.id));

const setup = partnerSetup();

/** A request as the expectations write it: which origin, the path, whether it had a query. */
function requestName(url: string): string {
  const { origin, pathname, search } = new URL(url);
  const who =
    origin === setup.servers.host.origin
      ? 'host'
      : origin === setup.servers.widget.origin
        ? 'widget'
        : origin;
  return `${who}:${pathname.replace(/-[\w-]{8}\.(js|css)$/, '-*.$1')}${search ? '?…' : ''}`;
}

/** The iframe's frame, once the widget inside it has rendered. */
async function widgetFrame(page: Page): Promise<Frame> {
  const frame = page.frames().find((f) => f.url().includes('/dist/frame.html'));
  if (!frame) throw new Error('no widget iframe on the page');
  await frame.locator('personal-factors .pfw-step').waitFor();
  return frame;
}

const heardResults = async (page: Page) => (await heard(page)).results;

/** The widget's box on load against the height the page reserved for it (min-height, or the iframe's height attribute). */
function boxAndReservation(page: Page, holder: string) {
  return page.evaluate((selector) => {
    const element = document.querySelector(selector) as HTMLElement;
    // An iframe's height attribute sizes its content box, inside the default border.
    return element instanceof HTMLIFrameElement
      ? { height: element.clientHeight, reserved: Number(element.getAttribute('height')) }
      : {
          height: element.getBoundingClientRect().height,
          // Once defined, the widget holds the reservation itself, on its frame inside the shadow root.
          reserved: Number.parseFloat(
            getComputedStyle(element.shadowRoot?.querySelector('.pfw-frame') as Element).minHeight,
          ),
        };
  }, holder);
}

describe.each(PAGES)('a reader who takes Coumadin, on $story', (partner) => {
  let context: BrowserContext;
  let page: Page;
  let record: PageRecord;
  let widget: WidgetOnPage;
  const axeAt = new Map<string, string[]>();
  let requestsBeforeAnswering = 0;
  let onLoad: { shift: number; box: { height: number; reserved: number } };

  beforeAll(async () => {
    ({ context, page, record } = await openPartnerPage(
      setup.browser,
      `${setup.servers.host.origin}/${partner.name}.html`,
    ));
    const frame = partner.iframe ? await widgetFrame(page) : page.mainFrame();
    const root = frame.locator(partner.iframe ? 'personal-factors' : partner.holder);
    widget = { page, frame, holder: partner.holder, root };
    await root.locator('.pfw-step').waitFor();
    onLoad = { shift: await layoutShift(page), box: await boxAndReservation(page, partner.holder) };
    await listenForResults(page);
    requestsBeforeAnswering = record.requests.length;

    await completeAsCoumadinReader(widget, async (step) => {
      axeAt.set(step, await accessibilityViolations(page));
    });
    mkdirSync('test-results/e2e', { recursive: true });
    await page.screenshot({ path: `test-results/e2e/${partner.name}.png`, fullPage: true });
  });
  afterAll(() => context?.close());

  test('reaches the results with the keyboard alone and sees the blood-thinner interaction first', async () => {
    const titles = await cardTitles(widget);
    expect(titles[0]).toBe(INTERACTION);
    expect(titles.length).toBeGreaterThan(1);
    expect(await widget.root.locator('.pfw-card').first().getByRole('listitem').first().textContent()).toBe(
      medicationReason('brand', 'warfarin', 'Coumadin'),
    );
    expect(await widget.root.getByRole('status').textContent()).toBe(
      fill(t.results.status.other, { count: titles.length }),
    );
  });

  test('the page logs no error and reports no Content-Security-Policy violation', async () => {
    expect(record.errors).toEqual([]);
    expect(await violations(page)).toEqual([]);
  });

  test("fetches only the page, its stylesheet and the widget's files, and nothing once the reader starts", () => {
    expect(record.requests.map(requestName).sort()).toEqual([...partner.requests].sort());
    expect(record.requests.slice(requestsBeforeAnswering)).toEqual([]);
  });

  test('leaves no cookie, localStorage, sessionStorage or IndexedDB entry behind', async () => {
    const nothing = { cookies: 0, localStorage: 0, sessionStorage: 0, indexedDB: 0 };
    expect(await storedState(context, page)).toEqual(nothing);
    expect(await storedState(context, widget.frame)).toEqual(nothing);
  });

  test('axe finds no WCAG 2.2 A/AA violation at any step or on the results', () => {
    expect(Object.fromEntries(axeAt)).toEqual(Object.fromEntries(STEPS.map((step) => [step, []])));
  });

  test('the article does not move: the widget fits the space reserved for it, and nothing shifts on its own', async () => {
    expect(onLoad.box.reserved).toBeGreaterThan(0);
    expect(onLoad.box.height).toBe(onLoad.box.reserved);
    expect(onLoad.shift).toBe(0);
    // The results are taller than step 1: the page grows then, right after the reader's key, which
    // is not a layout shift. Nothing moved by itself in between.
    expect(await layoutShift(page)).toBe(0);
  });

  test('the host page hears that results were shown and how many apply, never which, nor anything typed', async () => {
    const heard = await heardResults(page);
    expect(heard.length).toBeGreaterThan(0);
    const last = heard.at(-1) as { from: string; detail: unknown };
    expect(last.from).toBe(partner.iframe ? 'iframe' : partner.holder.replace(/^#/, ''));
    expect(last.detail).toEqual({ article: 'd3-k2', count: (await cardTitles(widget)).length });
    // No caveat id in any event: "anticoagulant" alone would tell the page the reader takes a blood thinner.
    for (const id of CAVEAT_IDS) expect(JSON.stringify(heard)).not.toContain(`"${id}"`);
    expect(JSON.stringify(heard)).not.toMatch(/71|coumadin|warfarin|female/i);
  });
});

describe('three widgets on one page, the script loaded twice', () => {
  let context: BrowserContext;
  let page: Page;
  let record: PageRecord;
  const on = (id: string) => widgetIn(page, `#${id}`);

  beforeAll(async () => {
    ({ context, page, record } = await openPartnerPage(
      setup.browser,
      `${setup.servers.host.origin}/twice.html`,
    ));
    await listenForResults(page);
  });
  afterAll(() => context?.close());

  test('all three render their first step, each in its own shadow root with ids unique on the page', async () => {
    for (const id of ['first', 'second', 'third']) expect(await progress(on(id))).toBe(progressLine(1));
    const ids = await page.evaluate(() =>
      [...document.querySelectorAll('personal-factors')].flatMap((element) =>
        [...(element.shadowRoot?.querySelectorAll('[id]') ?? [])].map((e) => e.id),
      ),
    );
    expect(ids.length).toBeGreaterThan(6);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('the second shows its dark theme, the others the light one', async () => {
    const background = (id: string) =>
      on(id)
        .root.locator('.pfw')
        .evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(await background('first')).toBe('rgb(255, 255, 255)');
    expect(await background('second')).toBe('rgb(23, 24, 26)');
    expect(await background('third')).toBe('rgb(255, 255, 255)');
  });

  test('a reader completes the first; the second and third keep their own, empty, first step', async () => {
    await completeAsCoumadinReader(on('first'));
    expect((await cardTitles(on('first')))[0]).toBe(INTERACTION);
    for (const id of ['second', 'third']) {
      expect(await progress(on(id))).toBe(progressLine(1));
      expect(await on(id).root.getByLabel(questionLabel('age')).inputValue()).toBe('');
    }
  });

  test('a second reader tabs on to the third, skips every question, and gets results of their own', async () => {
    const third = on('third');
    await tabTo(third, `input ${questionLabel('age')}`);
    await skipToResults(third);
    const titles = await cardTitles(third);
    expect(titles).not.toContain(INTERACTION);
    expect(titles.length).toBeGreaterThan(0);
    // The first reader's results are still there, unchanged.
    expect((await cardTitles(on('first')))[0]).toBe(INTERACTION);
  });

  test("each widget's section links follow its own section-href", async () => {
    const hrefs = (id: string) =>
      on(id)
        .root.locator('.pfw-source')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    // The interaction comes from "What shapes how much benefit…", which the first links on the page itself.
    expect((await hrefs('first'))[0]).toBe('#what-shapes-benefit');
    for (const href of await hrefs('first')) expect(href).toMatch(/^#[a-z0-9-]+$/);
    const third = await hrefs('third');
    expect(third.length).toBeGreaterThan(0);
    for (const href of third) expect(href).toMatch(/^\/articles\/d3-k2#[a-z0-9-]+$/);
  });

  test('the host hears each widget separately, with its own count', async () => {
    const heard = await heardResults(page);
    expect(heard.map((h) => h.from)).toEqual(['first', 'third']);
    expect(heard.map((h) => h.detail)).toEqual([
      { article: 'd3-k2', count: (await cardTitles(on('first'))).length },
      { article: 'd3-k2', count: (await cardTitles(on('third'))).length },
    ]);
  });

  test('loading the script twice registers the element once, with no error', async () => {
    expect(record.errors).toEqual([]);
    expect(await violations(page)).toEqual([]);
  });
});
