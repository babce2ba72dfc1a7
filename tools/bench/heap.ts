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

/** A reader's whole way through: every step with Next (D3 ticked on the way), then the results. */
async function walk(page: Page) {
  const next = page.getByRole('button', { name: 'Next', exact: true });
  for (const step of d3k2.pack.steps.slice(1)) {
    await next.click();
    await page.getByRole('heading', { name: step.title }).waitFor();
    if (step.id === SUPPLEMENTS_STEP) await page.getByRole('checkbox', { name: 'Vitamin D3' }).check();
  }
  await page.getByRole('button', { name: 'See my results' }).click();
  await page.getByRole('status').filter({ hasText: /\S/ }).waitFor();
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
    await page.getByRole('button', { name: 'Next', exact: true }).waitFor();
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
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await page.getByRole('heading', { name: d3k2.pack.steps[1]?.title ?? '' }).waitFor();
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
