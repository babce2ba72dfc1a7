/**
 * The page states docs/screenshots/ shows: one reader's story through the demo, every step and the
 * results, in each locale the article is written in (English in docs/screenshots/, each other locale
 * in a folder of its own, docs/screenshots/es/). The demo page then says that language
 * (`<html lang="es">`) and the widget, with no locale attribute, follows it; the reader finds every
 * answer by the words of that locale's pack and catalog. Shared by the screenshot script
 * (tools/screenshots.ts), which writes a picture and the widget's visible text per state, and by the
 * test that checks the committed text still matches (tests/embed/screenshots.e2e.ts).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { d3k2 } from '../../src/content/d3-k2';
import { catalogs, messagesFor } from '../../src/ui/messages/catalogs';

/** The locales recorded: the article's default first. */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/** Where a locale's pictures and texts go: docs/screenshots/ for English, a folder per other locale. */
export const screenshotsIn = (locale: Locale) =>
  join(import.meta.dirname, '../../docs/screenshots', locale === 'en' ? '' : locale);
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

/** The words the reader finds things by, in `locale`: its pack's and its catalog's. */
function wordsIn(locale: Locale) {
  const pack = d3k2.locales[locale];
  const t = messagesFor(locale, catalogs);
  if (!pack || !t) throw new Error(`No pack or catalog in "${locale}" for the screenshots`);
  const question = (id: string) => {
    const found = pack.questions.find((q) => q.id === id);
    if (!found) throw new Error(`No question "${id}" in the ${locale} pack`);
    return found;
  };
  const option = (id: string, choice: string) => {
    const asked = question(id);
    const found = 'options' in asked ? asked.options.find((o) => o.id === choice) : undefined;
    if (!found) throw new Error(`No option "${choice}" of question "${id}" in the ${locale} pack`);
    return found.label;
  };
  const legend = (id: string) => {
    const asked = question(id);
    return 'row' in asked && asked.row ? asked.row.legend : asked.label;
  };
  return { t, label: (id: string) => question(id).label, option, legend };
}
type Words = ReturnType<typeof wordsIn>;

/** The question's own box of choices (its fieldset, named by its legend): one answer's label may be another's too. */
const asked = (page: Page, words: Words, id: string): Locator =>
  page.getByRole('group', { name: words.legend(id), exact: true });
const choose = (page: Page, words: Words, role: 'radio' | 'checkbox', id: string, choice: string) =>
  asked(page, words, id)
    .getByRole(role, { name: words.option(id, choice), exact: true })
    .check();

/** What the reader does on each step before its state is recorded (step 1 is index 0). */
const story: ((page: Page, at: At, words: Words) => Promise<void>)[] = [
  async (page, _at, words) => {
    await page.getByLabel(words.label('age'), { exact: true }).fill('71');
    await choose(page, words, 'radio', 'menopause', 'after');
  },
  async (page, at, words) => {
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
    for (const supplement of ['d3', 'k2', 'calcium']) {
      await choose(page, words, 'checkbox', 'supplements', supplement);
    }
    await choose(page, words, 'radio', 'k2_form', 'mk7');
    await choose(page, words, 'radio', 'd3_strength', 'no');
    await choose(page, words, 'radio', 'with_fat', 'varies');
  },
  async (page, _at, words) => {
    await choose(page, words, 'radio', 'sunlight', 'rarely');
    await choose(page, words, 'radio', 'latitude', 'far');
    await choose(page, words, 'radio', 'natto', 'rarely');
  },
  async (page, _at, words) => {
    await choose(page, words, 'checkbox', 'digestion', 'none');
    await choose(page, words, 'radio', 'vitamin_d_test', 'never');
    await choose(page, words, 'checkbox', 'reasons', 'bones');
  },
];

/** Serves the demo page saying `locale`'s language (`<html lang>`) to `page`, as a partner's page in it would. */
async function demoIn(page: Page, url: string, locale: Locale): Promise<void> {
  if (locale === 'en') return;
  await page.route(url, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const lang = '<html lang="en">';
    if (!html.includes(lang)) throw new Error(`The demo page no longer opens with ${lang}`);
    await route.fulfill({ response, body: html.replace(lang, `<html lang="${locale}">`) });
  });
}

/**
 * Opens the demo at `width` in `context`, its page in `locale`'s language, and walks the story, calling
 * `at` in each state: every step (`step-1` …), the suggestions open, the results' top and their take-away.
 */
export async function walkStates(
  context: BrowserContext,
  url: string,
  width: number,
  at: At,
  locale: Locale = 'en',
): Promise<void> {
  const words = wordsIn(locale);
  await context.clock.setFixedTime(DAY);
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await demoIn(page, url, locale);
  await page.goto(url);
  const shown = await page.locator('personal-factors [part=root]').getAttribute('lang');
  if (shown !== locale) throw new Error(`The widget shows "${shown}" on a page in "${locale}"`);
  for (const [i, act] of story.entries()) {
    await act(page, at, words);
    await at(whole(`step-${i + 1}`), page);
    await page
      .getByRole('button', { name: i + 1 < story.length ? words.t.next : words.t.seeResults, exact: true })
      .click();
  }
  await page.getByRole('heading', { name: words.t.results.heading }).waitFor();
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
