// Shared browser plumbing for the partner-page tests: the machine's Chromium (or Chrome) driven by
// playwright-core, and a record of everything a page did that a partner would care about.
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Frame, type Page } from 'playwright-core';
import { findBrowser } from './find-browser';

/** The flags every launch here uses (the bench's Lighthouse runs too): no sandbox in containers, no
 * GPU, and no traffic of the browser's own beside the pages'. */
export const BROWSER_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The browser `findBrowser` picks; without one, fails with the line that says what to install. */
export function browserPath(): string {
  const found = findBrowser();
  if (!found.ok) throw new Error(found.problem);
  return found.path;
}

/** Starts the browser `findBrowser` picks (see `browserPath`). */
export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: browserPath(), args: BROWSER_FLAGS });
}

/** What went wrong or left the page while it ran: all of it should stay empty (or expected). */
export type PageRecord = { errors: string[]; requests: string[] };

/**
 * Opens `url` in a fresh context, recording errors, CSP violations, requests and layout shifts.
 * `beforeLoad` can set the context up first (routes, say).
 */
export async function openPartnerPage(
  browser: Browser,
  url: string,
  viewport = { width: 1280, height: 900 },
  beforeLoad?: (context: BrowserContext) => Promise<void>,
): Promise<{ context: BrowserContext; page: Page; record: PageRecord }> {
  const context = await browser.newContext({ viewport });
  await beforeLoad?.(context);
  const page = await context.newPage();
  const record: PageRecord = { errors: [], requests: [] };
  page.on('pageerror', (error) => record.errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') record.errors.push(`console.error: ${message.text()}`);
  });
  page.on('request', (request) => record.requests.push(request.url()));
  // Installed before any page script (through DevTools, so a strict CSP does not block it).
  await context.addInitScript(() => {
    // No named local functions here: tsx would wrap them in a helper that does not exist in the page.
    const w = window as unknown as {
      __cls: number;
      __violations: string[];
      __addShifts: (entries: PerformanceEntryList) => void;
      __takeShifts: () => void;
    };
    w.__cls = 0;
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
    w.__addShifts = (entries) => {
      for (const entry of entries as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) w.__cls += entry.value;
      }
    };
    const observer = new PerformanceObserver((list) => w.__addShifts(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    // Entries reach the callback in a later task; layoutShift() takes the pending ones at once.
    w.__takeShifts = () => w.__addShifts(observer.takeRecords());
  });
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, record };
}

/** CSP violations reported by the page (and its frames). */
export async function violations(page: Page): Promise<string[]> {
  const all = await Promise.all(
    page
      .frames()
      .map((frame) =>
        frame.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []),
      ),
  );
  return all.flat();
}

/**
 * Cumulative layout shift of the host page, not counting shifts just after reader input. Waits two
 * frames first, so a shift caused by the last change has been rendered and recorded.
 */
export async function layoutShift(page: Page): Promise<number> {
  await twoFrames(page);
  return page.evaluate(() => {
    const w = window as unknown as { __cls: number; __takeShifts: () => void };
    w.__takeShifts();
    return w.__cls;
  });
}

/** Resolves two animation frames on in `target`: whatever the last change caused has been rendered. */
export function twoFrames(target: Page | Frame): Promise<void> {
  return target.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/** What a partner's own script hears in a page or frame: results events, and the sentinel strings tests post. */
export type Heard = { results: { from: string; detail: unknown }[]; sentinels: string[] };

/**
 * Listens in `target` as a partner's script would: results events on the document (who fired them,
 * and their detail), and posted messages that are sentinel strings. `heard` reads what it kept.
 */
export function listenForResults(target: Page | Frame): Promise<void> {
  return target.evaluate(() => {
    const heard: Heard = { results: [], sentinels: [] };
    (window as unknown as { __heard: Heard }).__heard = heard;
    window.addEventListener('message', (event) => {
      if (typeof event.data === 'string' && event.data.startsWith('sentinel:'))
        heard.sentinels.push(event.data);
    });
    document.addEventListener('personal-factors:results', (event) => {
      const target = event.target as Element;
      heard.results.push({ from: target.id || target.localName, detail: (event as CustomEvent).detail });
    });
  });
}

/** What `listenForResults` has kept in `target`. */
export const heard = (target: Page | Frame) =>
  target.evaluate(() => (window as unknown as { __heard: Heard }).__heard);

/** Anything the run left behind in the browser: must be nothing. */
export async function storedState(context: BrowserContext, target: Page | Frame) {
  const cookies = await context.cookies();
  const storage = await target.evaluate(async () => ({
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).length,
  }));
  return { cookies: cookies.length, ...storage };
}

/** axe-core over the page at WCAG 2.0–2.2 A/AA; returns rule ids with the failing targets. */
export async function accessibilityViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  if (include) builder = builder.include(include);
  const { violations: found } = await builder.analyze();
  return found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** True when focus is inside the element `selector` finds in the page: in its shadow root, or in its frame. */
export function focusIsIn(target: Page | Frame, selector: string): Promise<boolean> {
  // activeElement stops at the shadow host or the iframe that holds the focused element.
  return target.evaluate((s) => document.activeElement === document.querySelector(s), selector);
}

/** The accessible-ish description of the focused element, looking through shadow roots. */
export function focused(target: Page | Frame): Promise<string> {
  return target.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element) return '';
    const label =
      element.getAttribute('aria-label') ||
      (element as HTMLInputElement).labels?.[0]?.textContent ||
      element.textContent ||
      '';
    return `${element.tagName.toLowerCase()}${element.getAttribute('role') ? `[role=${element.getAttribute('role')}]` : ''} ${label.trim().replace(/\s+/g, ' ')}`;
  });
}
