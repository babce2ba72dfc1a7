// Memory: the JS heap the widget adds to the article page once a reader has been through the whole
// questionnaire and its results (CDP: garbage collected, then Runtime.getHeapUsage, with against
// without the widget, each in a fresh context), and whether removing the element frees it: ten
// insert / render / remove cycles, then the detached elements still alive (Runtime.queryObjects).
import type { Browser, CDPSession, Page } from 'playwright-core';
import { d3k2 } from '../../src/content/d3-k2';
import { SUPPLEMENTS_STEP } from './browser';
import { withoutWidgetPath } from './server';

const PAGE = '/plain.html';
const CYCLES = Number(process.env.PFW_BENCH_CYCLES) || 10;

type HeapSample = { added: number; withWidget: number; without: number };
type HeapCycles = {
  heapBefore: number;
  /** After each cycle: a steady climb would be what each removal fails to free. */
  heapByCycle: number[];
  heapAfter: number;
  detachedBefore: number;
  detachedAfter: number;
  widgetsAlive: number;
};

async function usedHeap(cdp: CDPSession): Promise<number> {
  // Twice: the first collection can leave garbage that finalisers free only for the next.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** Elements alive in the heap (after a collection) that are not in the document, and how many are widgets. */
async function detached(cdp: CDPSession) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'Element.prototype' });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: result.objectId ?? '' });
  const { result: counted, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId ?? '',
    functionDeclaration: `function () {
      // The element prototypes themselves are found too; reading isConnected on one throws.
      const connected = (e) => { try { return e.isConnected; } catch { return true; } };
      const out = this.filter((e) => !connected(e));
      return [out.length, out.filter((e) => e.localName === 'personal-factors').length];
    }`,
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: objects.objectId ?? '' });
  if (exceptionDetails)
    throw new Error(`bench: counting detached elements: ${exceptionDetails.exception?.description}`);
  const [elements = 0, widgets = 0] = counted.value as number[];
  return { elements, widgets };
}

// The walks press the widget's controls with the mouse at where the page says they are, and wait with
// waitForFunction. Playwright's locators run in a utility world of their own, which the page without the
// widget never gets and which counted as the widget's (about 0.4 MB); waitForFunction loads Playwright's
// script into the page's own world, so the page without the widget gets it too (`sameHarness`).

/** What the walks leave in a page besides the widget: Playwright's script in the page's world. */
async function sameHarness(page: Page) {
  await page.waitForFunction(() => true);
  await page.evaluate(() => 0);
}

/**
 * Waits for the widget to show a `selector` with the text `text` (any text, for ''), scrolls it into
 * view and returns its centre.
 */
async function shows(page: Page, selector: string, text: string): Promise<{ x: number; y: number }> {
  const found = await page.waitForFunction(
    ([selector, text]) => {
      const root = document.querySelector('personal-factors')?.shadowRoot;
      const control = [...(root?.querySelectorAll(selector) ?? [])].find((element) => {
        const shown = element.textContent?.trim() ?? '';
        return text === '' ? shown !== '' : shown === text;
      });
      control?.scrollIntoView({ block: 'center' });
      const box = control?.getBoundingClientRect();
      return box && { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    },
    [selector, text] as const,
  );
  return (await found.jsonValue()) as { x: number; y: number };
}

async function press(page: Page, selector: string, text: string) {
  const { x, y } = await shows(page, selector, text);
  await page.mouse.click(x, y);
}

/** A reader's whole way through: every step with Next (D3 ticked on the way), then the results. */
async function walk(page: Page) {
  for (const step of d3k2.pack.steps.slice(1)) {
    await press(page, 'button', 'Next');
    await shows(page, 'h3', step.title);
    if (step.id === SUPPLEMENTS_STEP) await press(page, 'label', 'Vitamin D3');
  }
  await press(page, 'button', 'See my results');
  await shows(page, '[role=status]', '');
  // The results' lower part comes a frame after the summary (results-view.tsx): all of it is measured.
  await shows(page, 'button', 'Start over');
}

async function open(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, cdp };
}

/** One pair: the page without the widget, then with it after a full questionnaire. */
export async function heapRun(browser: Browser, origin: string): Promise<HeapSample> {
  const bare = await open(browser, origin + withoutWidgetPath(PAGE));
  await sameHarness(bare.page);
  const without = await usedHeap(bare.cdp).finally(() => bare.context.close());
  const full = await open(browser, origin + PAGE);
  try {
    await walk(full.page);
    const withWidget = await usedHeap(full.cdp);
    return { added: withWidget - without, withWidget, without };
  } finally {
    await full.context.close();
  }
}

/** Ten widgets inserted, rendered, walked to step 2 and removed, one after another; what stays alive. */
export async function heapCycles(browser: Browser, origin: string): Promise<HeapCycles> {
  const { context, page, cdp } = await open(browser, origin + PAGE);
  try {
    await shows(page, 'button', 'Next');
    await page.evaluate(() => document.querySelector('personal-factors')?.remove());
    const heapBefore = await usedHeap(cdp);
    const before = await detached(cdp);
    const heapByCycle: number[] = [];
    for (let i = 0; i < CYCLES; i++) {
      await page.evaluate(() => {
        const element = document.createElement('personal-factors');
        element.setAttribute('article', 'd3-k2');
        document.querySelector('h1')?.after(element);
      });
      await press(page, 'button', 'Next');
      await shows(page, 'h3', d3k2.pack.steps[1]?.title ?? '');
      await page.evaluate(() => document.querySelector('personal-factors')?.remove());
      heapByCycle.push(await usedHeap(cdp));
    }
    const heapAfter = await usedHeap(cdp);
    const after = await detached(cdp);
    return {
      heapBefore,
      heapByCycle,
      heapAfter,
      detachedBefore: before.elements,
      detachedAfter: after.elements,
      widgetsAlive: after.widgets,
    };
  } finally {
    await context.close();
  }
}
