/**
 * The page states docs/screenshots/ shows: one reader's story through the demo, every step and the
 * results. Shared by the screenshot script (tools/screenshots.ts), which writes a picture and the
 * widget's visible text per state, and by the test that checks the committed text still matches
 * (tests/embed/screenshots.e2e.ts).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';

export const SCREENSHOTS = join(import.meta.dirname, '../../docs/screenshots');
export const WIDTHS = [320, 1280];
/** The day the take-away is dated in every state, so the text does not change from one day to the next. */
const DAY = new Date('2026-12-01T12:00:00Z');

/** The demo on Vite, on 127.0.0.1 and any free port. */
export async function serveDemo(): Promise<{ server: ViteDevServer; url: string }> {
  // Vite's dependency cache goes to a temporary folder: node_modules may be shared with other checkouts.
  const server = await createServer({
    cacheDir: join(tmpdir(), 'pfw-screenshots-vite'),
    server: { host: '127.0.0.1', port: 5199 },
    logLevel: 'warn',
  });
  await server.listen();
  return { server, url: server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5199/' };
}

/** One state to record: its file name (without width) and the part of the widget it shows. */
export type State = { name: string; selector: string; maxHeight: number };
type At = (state: State, page: Page) => Promise<void>;
const whole = (name: string, maxHeight = 2000): State => ({ name, selector: '.pfw', maxHeight });

/** What the reader does on each step before its state is recorded (step 1 is index 0). */
const story: ((page: Page, at: At) => Promise<void>)[] = [
  async (page) => {
    await page.getByLabel('How old are you?').fill('71');
    await page.getByRole('radio', { name: "Yes, I've been through it" }).check();
  },
  async (page, at) => {
    const box = page.getByRole('combobox');
    for (const name of ['Coumadin 5 mg', 'Xareltoo', 'Zorblax']) {
      await box.fill(name);
      await box.press('Enter');
    }
    await box.fill('ome');
    await box.press('ArrowDown');
    await at(whole('step-2-suggestions'), page);
    await box.press('Escape');
    await box.press('Escape');
    for (const name of ['Vitamin D3', 'Vitamin K2', 'Calcium']) {
      await page.getByRole('checkbox', { name }).check();
    }
    await page.getByRole('radio', { name: 'MK-7' }).check();
    await page.getByRole('radio', { name: 'No, a standard product' }).check();
    await page.getByRole('radio', { name: 'It varies' }).check();
  },
  async (page) => {
    await page.getByRole('radio', { name: 'Rarely', exact: true }).check();
    await page.getByRole('radio', { name: /^Long and dark/ }).check();
    const natto = page.getByRole('group', { name: /^Natto/ });
    await natto.getByRole('radio', { name: 'Rarely or never' }).check();
  },
  async (page) => {
    await page.getByRole('checkbox', { name: 'None of these', exact: true }).check();
    await page.getByRole('radio', { name: "I've never been tested" }).check();
    await page.getByRole('checkbox', { name: 'Bones' }).check();
  },
];

/**
 * Opens the demo at `width` in `context` and walks the story, calling `at` in each state: every step
 * (`step-1` …), the suggestions open, the results' top and their take-away.
 */
export async function walkStates(context: BrowserContext, url: string, width: number, at: At): Promise<void> {
  await context.clock.setFixedTime(DAY);
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(url);
  for (const [i, act] of story.entries()) {
    await act(page, at);
    await at(whole(`step-${i + 1}`), page);
    await page
      .getByRole('button', { name: i + 1 < story.length ? 'Next' : 'See my results', exact: true })
      .click();
  }
  await page.getByRole('heading', { name: 'What applies to you' }).waitFor();
  // The results run long for this reader: the top (the interaction first) and the take-away summary.
  await at(whole('results', width < 600 ? 1800 : 1100), page);
  await at({ name: 'results-summary', selector: '.pfw-summary', maxHeight: 2000 }, page);
  await page.close();
}

/**
 * The text the reader sees in `selector` (innerText: laid out, hidden parts left out), with the page's
 * own address, which the take-away quotes, written as {page}: the port differs from run to run.
 */
export async function visibleText(page: Page, selector: string): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the laid-out text is the point: what the reader sees
  const text = await page.locator(selector).first().innerText();
  const { origin, pathname } = new URL(page.url());
  const address = `${origin}${pathname}`;
  return `${text
    .split(address)
    .join('{page}')
    .replace(/[ \t]+\n/g, '\n')
    .trimEnd()}\n`;
}
