// Right to left, proven before a right-to-left locale ships (issue 23). The test-only pseudo-locale
// ar-XB (tests/fixtures/locales/pseudo-rtl.ts: every string of the catalog and of the D3 + K2 pack
// written right to left, the catalog's dir "rtl") in the widget's shadow root on a left-to-right page
// (tests/fixtures/rtl-page/), at a phone's width by touch and a desktop's by mouse, with the keyboard
// for typing and the radios: every step and the results lay out right to left with nothing clipped or
// overlapping, arrows and accents point the reader's way, arrow keys move through radios in the
// reader's direction, and the take-away prints right to left. Real input only: page.mouse,
// page.touchscreen and page.keyboard, never a dispatched event.

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import { launch } from '../../tools/browser/browser';
import { rtlMessages, rtlPack } from '../fixtures/locales/pseudo-rtl';
import { layoutProblems, startAlignmentProblems } from './rtl-layout';

const pack = rtlPack(d3k2.pack, d3k2.medications);
const r = rtlMessages.results;
const question = (id: string) => {
  const found = pack.questions.find((q) => q.id === id);
  if (!found) throw new Error(`No question "${id}"`);
  return found;
};
const option = (questionId: string, id: string) => {
  const asked = question(questionId);
  const found = 'options' in asked ? asked.options.find((o) => o.id === id) : undefined;
  if (!found) throw new Error(`No option "${id}" of "${questionId}"`);
  return found.label;
};
const legendOf = (id: string) => {
  const asked = question(id);
  return 'row' in asked && asked.row ? asked.row.legend : asked.label;
};

let server: ViteDevServer;
let browser: Browser;
beforeAll(async () => {
  server = await createServer({
    cacheDir: join(tmpdir(), 'pfw-rtl-vite'),
    server: { host: '127.0.0.1', port: 0 },
    logLevel: 'error',
  });
  await server.listen();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The reader's device: a phone they touch, or a desktop they click. */
type Reader = { page: Page; touch: boolean };

/** Presses `target` where it is on the screen: a tap on a phone, a click with the mouse on a desktop. */
async function pressAt({ page, touch }: Reader, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('Nothing to press: the target is not on the screen');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  if (touch) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}

const widget = (page: Page) => page.locator('#widget .pfw');

/** The radio or checkbox labelled `label` in the question (or row) named `legend`, matched exactly. */
const choice = (page: Page, questionId: string, optionId: string) =>
  widget(page)
    .locator('fieldset')
    .filter({ has: page.locator(':scope > legend').getByText(legendOf(questionId), { exact: true }) })
    .locator('label.pfw-choice')
    .filter({ has: page.getByText(option(questionId, optionId), { exact: true }) })
    .locator('input');

/** The focused radio: its place in its group, the one ticked there, its legend and where it is. */
const focusedRadio = (page: Page) =>
  page.evaluate(() => {
    const shadow = document.getElementById('widget')?.shadowRoot;
    const focused = shadow?.activeElement as HTMLInputElement | null | undefined;
    if (focused?.type !== 'radio') return undefined;
    const group = [...(shadow?.querySelectorAll<HTMLInputElement>(`input[name="${focused.name}"]`) ?? [])];
    const { x, y } = focused.getBoundingClientRect();
    return {
      legend: focused.closest('fieldset')?.querySelector('legend')?.textContent ?? '',
      at: group.indexOf(focused),
      ticked: group.findIndex((radio) => radio.checked),
      x,
      y,
    };
  });

/** Presses Tab until a radio of the question `questionId` has focus. */
async function tabToRadios(page: Page, questionId: string): Promise<void> {
  for (let presses = 0; presses < 30; presses++) {
    await page.keyboard.press('Tab');
    if ((await focusedRadio(page))?.legend === legendOf(questionId)) return;
  }
  throw new Error(`Tab never reached the radios of "${questionId}"`);
}

/**
 * On a group of radios, Arrow Left must go on to the next option (in reading order, and on the screen
 * to the left where they stand side by side, below where they are stacked) and tick it; Arrow Right
 * back. Returns what each press did, to compare with what it should.
 */
async function arrowThrough(page: Page, questionId: string) {
  await tabToRadios(page, questionId);
  const start = await focusedRadio(page);
  await page.keyboard.press('ArrowLeft');
  const left = await focusedRadio(page);
  await page.keyboard.press('ArrowRight');
  const right = await focusedRadio(page);
  await page.keyboard.press('ArrowLeft');
  const sideBySide = left && start && Math.abs(left.y - start.y) < 2;
  return {
    start: start && { at: start.at },
    arrowLeft: left && {
      at: left.at,
      ticked: left.ticked,
      moved: sideBySide ? (left.x < (start?.x ?? 0) ? 'left' : 'right') : 'down',
    },
    arrowRight: right && { at: right.at, ticked: right.ticked },
  };
}

/**
 * Where a disclosure's marker (the native <summary> triangle) sits and which way it points: a
 * screenshot of the space between each edge of the summary and its text (at most 2 em of it, from the
 * edge), read back in the page. The marker is the ink found there; a triangle's ink is heavier towards
 * its base, so its centre of ink lies away from the way it points (and in the middle when it points down).
 */
async function disclosureMarker(page: Page, summary: Locator) {
  await summary.scrollIntoViewIfNeeded();
  const gaps = await summary.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    while (walker.nextNode() && !(walker.currentNode as Text).data.trim());
    range.selectNodeContents(walker.currentNode);
    const line = range.getClientRects()[0] ?? box;
    // Text of a line read right to left may come in several pieces: the line's own extent.
    const pieces = [...range.getClientRects()].filter((rect) => Math.abs(rect.top - line.top) < 2);
    const left = Math.min(...pieces.map((rect) => rect.left));
    const right = Math.max(...pieces.map((rect) => rect.right));
    const most = 2 * parseFloat(getComputedStyle(element).fontSize);
    const strip = (x0: number, x1: number) => ({ x: x0, y: line.top, width: x1 - x0, height: line.height });
    return {
      left: strip(box.left, Math.min(left, box.left + most)),
      right: strip(Math.max(right, box.right - most), box.right),
    };
  });
  for (const side of ['right', 'left'] as const) {
    const clip = gaps[side];
    if (clip.width < 4) continue;
    const png = await page.screenshot({ clip });
    const ink = await page.evaluate(async (base64) => {
      const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
      context.drawImage(bitmap, 0, 0);
      const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      let count = 0;
      let sum = 0;
      let min = width;
      let max = -1;
      for (let y = 0; y < height; y++)
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4;
          // Ink: darker than the white background by a clear margin.
          if ((data[i] ?? 255) + (data[i + 1] ?? 255) + (data[i + 2] ?? 255) > 3 * 160) continue;
          count++;
          sum += x;
          min = Math.min(min, x);
          max = Math.max(max, x);
        }
      return { count, centre: sum / count, middle: (min + max) / 2, size: max - min + 1 };
    }, png.toString('base64'));
    if (ink.count < 4) continue;
    // An open disclosure's triangle points down: its ink is balanced left and right.
    const lean = (ink.centre - ink.middle) / ink.size;
    return { side, points: lean > 0.05 ? 'left' : lean < -0.05 ? 'right' : 'down' };
  }
  return { side: 'none', points: 'nowhere' };
}

/** Where the widget's direction-bearing marks are: accents, progress, chips, indents, the way back. */
const marks = (page: Page) =>
  page.evaluate(() => {
    const shadow = document.getElementById('widget')?.shadowRoot as ShadowRoot;
    const shown = (el: Element) => el.checkVisibility();
    const bars = [
      ...shadow.querySelectorAll(
        '.pfw-card.pfw-interaction, .pfw-card.pfw-caution, .pfw-card.pfw-notice, .pfw-note:not(:empty)',
      ),
    ]
      .filter(shown)
      .map((el) => {
        const style = getComputedStyle(el);
        const left = parseFloat(style.borderLeftWidth);
        const right = parseFloat(style.borderRightWidth);
        return `${el.className}: accent on the ${right > left ? 'right' : left > right ? 'left' : 'neither side'}`;
      });
    const steps = [...shadow.querySelectorAll('.pfw-bar > span')].map(
      (span) => span.getBoundingClientRect().x,
    );
    const progress =
      steps.length > 1
        ? `step 1 of the bar on the ${(steps[0] ?? 0) > (steps.at(-1) ?? 0) ? 'right' : 'left'}`
        : '';
    const chips = [...shadow.querySelectorAll('.pfw-chip')].filter(shown).map((chip) => {
      const box = chip.getBoundingClientRect();
      const name = chip.querySelector('.pfw-chip-name')?.getBoundingClientRect() ?? box;
      const remove = chip.querySelector('.pfw-remove')?.getBoundingClientRect() ?? box;
      const order =
        name.x > remove.x ? 'name on the right, remove on the left' : 'name on the left, remove on the right';
      // The name keeps its room from the chip's edge on its own side.
      const room = name.x > remove.x ? box.right - name.right : name.left - box.left;
      return `${order}, ${room >= 8 ? 'room' : 'no room'} before the name`;
    });
    // What matters most: its text indented further from its start side than from its end.
    const top = shadow.querySelector('.pfw-top');
    const heading = top?.querySelector('h4')?.getBoundingClientRect();
    const box = top?.getBoundingClientRect();
    const topIndent =
      heading && box
        ? `more room on the ${box.right - heading.right > heading.left - box.left ? 'right' : 'left'}`
        : '';
    const back = shadow.querySelector('.pfw-back');
    const way = back && shown(back) ? back.getBoundingClientRect() : undefined;
    const wayBack = way
      ? `the way back on the ${way.left < window.innerWidth - way.right ? 'left' : 'right'}`
      : '';
    return { bars, progress, chips, topIndent, wayBack };
  });

const widths = [
  { width: 320, touch: true, device: 'a phone, by touch' },
  { width: 1280, touch: false, device: 'a desktop, by mouse' },
];

for (const { width, touch, device } of widths) {
  describe(`ar-XB at ${width} px on ${device}, with the keyboard`, () => {
    let context: BrowserContext;
    let reader: Reader;
    let page: Page;

    beforeAll(async () => {
      context = await browser.newContext({
        viewport: { width, height: 800 },
        deviceScaleFactor: 2,
        hasTouch: touch,
        isMobile: touch,
      });
      // The print dialog cannot be driven headless: print() counts instead, and paper is emulated.
      await context.addInitScript(() => {
        const w = window as unknown as { __printed: number };
        w.__printed = 0;
        window.print = () => {
          w.__printed++;
        };
      });
      page = await context.newPage();
      reader = { page, touch };
      const url = server.resolvedUrls?.local[0] ?? '';
      await page.goto(`${url}tests/fixtures/rtl-page/index.html`);
      await widget(page).locator('button[type=submit]').waitFor();
    });
    afterAll(() => context?.close());

    // The tests below follow one reader through the questionnaire, in order.
    test('step 1: arrow keys move through the radios from right to left, as the reader reads', async () => {
      expect(await widget(page).getAttribute('dir')).toBe('rtl');
      await pressAt(reader, widget(page).getByRole('textbox'));
      // A younger reader's note, marked on its start side, until the age is typed again.
      await page.keyboard.type('12');
      expect(await marks(page)).toMatchObject({ bars: ['pfw-note: accent on the right'] });
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('71');
      expect(await marks(page)).toMatchObject({ bars: [] });
      // Not yet answered: Tab lands on the first option; Arrow Left goes on to the second and ticks it.
      expect(await arrowThrough(page, 'menopause')).toEqual({
        start: { at: 0 },
        arrowLeft: { at: 1, ticked: 1, moved: 'down' },
        arrowRight: { at: 0, ticked: 0 },
      });
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      expect(await choice(page, 'menopause', 'after').isChecked()).toBe(true);
      expect(await layoutProblems(page)).toEqual([]);
      expect(await marks(page)).toMatchObject({ progress: 'step 1 of the bar on the right' });
    });

    test('step 2: a medicine typed and chosen, supplements ticked, right to left and nothing clipped', async () => {
      await pressAt(reader, widget(page).locator('button[type=submit]'));
      await widget(page).getByRole('combobox').waitFor();
      await pressAt(reader, widget(page).getByRole('combobox'));
      await page.keyboard.type('warfarin');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await widget(page).locator('.pfw-chip').waitFor();
      // Ticking D3 and K2 brings in the questions about them.
      for (const supplement of ['d3', 'k2', 'calcium'])
        await pressAt(reader, choice(page, 'supplements', supplement));
      await pressAt(reader, choice(page, 'k2_form', 'mk7'));
      expect(await choice(page, 'k2_form', 'mk7').isChecked()).toBe(true);
      expect(await layoutProblems(page)).toEqual([]);
      expect(await marks(page)).toMatchObject({
        progress: 'step 1 of the bar on the right',
        chips: ['name on the right, remove on the left, room before the name'],
      });
    });

    test('step 3: in the rows of radios Arrow Left moves to the option on the left', async () => {
      await pressAt(reader, widget(page).locator('button[type=submit]'));
      await choice(page, 'natto', 'weekly').waitFor();
      await pressAt(reader, choice(page, 'sunlight', 'rarely'));
      // Side by side on a desktop, from the right; stacked on a phone.
      expect(await arrowThrough(page, 'natto')).toEqual({
        start: { at: 0 },
        arrowLeft: { at: 1, ticked: 1, moved: width > 600 ? 'left' : 'down' },
        arrowRight: { at: 0, ticked: 0 },
      });
      expect(await layoutProblems(page)).toEqual([]);
    });

    test('step 4 and the results: right to left, nothing clipped or overlapping, every disclosure open', async () => {
      await pressAt(reader, widget(page).locator('button[type=submit]'));
      await choice(page, 'digestion', 'crohns').waitFor();
      await pressAt(reader, choice(page, 'digestion', 'crohns'));
      expect(await layoutProblems(page)).toEqual([]);
      await pressAt(reader, widget(page).locator('button[type=submit]'));
      await widget(page).locator('.pfw-summary').waitFor();
      expect(await layoutProblems(page)).toEqual([]);
      // Every disclosure opened by the reader, the ones inside the background group too.
      const closed = widget(page).locator('details:not([open]) > summary').filter({ visible: true });
      for (let opened = 0; (await closed.count()) > 0; opened++) {
        if (opened > 20) throw new Error('disclosures that do not open');
        await pressAt(reader, closed.first());
      }
      expect(await widget(page).locator('details[open]').count()).toBeGreaterThan(3);
      expect(await layoutProblems(page)).toEqual([]);
    });

    test('the results mirror their marks: disclosure triangles, accents and the way back', async () => {
      // Closed, a disclosure's triangle sits on the right and points left, the way the reader reads.
      const answers = widget(page).locator('details.pfw-answers');
      const summary = answers.locator(':scope > summary');
      expect(await answers.getAttribute('open')).not.toBeNull(); // opened above
      await pressAt(reader, summary);
      expect(await answers.getAttribute('open')).toBeNull();
      expect(await disclosureMarker(page, summary)).toEqual({ side: 'right', points: 'left' });
      await pressAt(reader, summary);
      expect(await answers.getAttribute('open')).not.toBeNull();
      expect(await disclosureMarker(page, summary)).toEqual({ side: 'right', points: 'down' });
      // A section link of the interaction card, then the way back, at the foot on the reader's end.
      await pressAt(reader, widget(page).locator('.pfw-interaction a.pfw-source'));
      await widget(page).locator('.pfw-back').waitFor();
      const shown = await marks(page);
      expect(shown.bars.length).toBeGreaterThan(1);
      expect(shown.bars.filter((bar) => !bar.endsWith('accent on the right'))).toEqual([]);
      expect(shown.topIndent).toBe('more room on the right');
      expect(shown.wayBack).toBe('the way back on the left');
      await pressAt(reader, widget(page).locator('.pfw-back button'));
      await widget(page).locator('.pfw-back').waitFor({ state: 'hidden' });
    });

    test('the take-away prints right to left: aligned to the right, its numbers inside the page', async () => {
      await pressAt(reader, widget(page).getByRole('button', { name: r.print, exact: true }));
      expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
      await page.emulateMedia({ media: 'print' });
      // On paper: the take-away alone, as embed/print.ts and the widget's print CSS lay it out.
      expect(await page.locator('h1').isVisible()).toBe(false);
      const summary = widget(page).locator('.pfw-summary');
      expect(await summary.isVisible()).toBe(true);
      expect(await widget(page).locator('.pfw-summary ol > li').count()).toBeGreaterThan(0);
      expect(await summary.evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
      expect(await layoutProblems(page)).toEqual([]);
      expect(await startAlignmentProblems(page, '.pfw-summary, .pfw-disclaimer')).toEqual([]);
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await page.emulateMedia({ media: 'screen' });
    });
  });
}
