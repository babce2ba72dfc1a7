// The readers a clinician signs the content for, in the built widget on a partner page, by keyboard and
// by touch: an Eliquis reader, a warfarin reader who eats natto weekly, and a 15-year-old. Titles and
// lines come from the pack, so rewording the content does not break these stories.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { accessibilityViolations } from '../../tools/browser/browser';
import {
  caveatPhrase,
  caveatTitle,
  noticeText,
  optionLabel,
  pointerLine,
  questionLabel,
  rowLegend,
  stepTitle,
  t,
} from '../helpers/text';
import { cardTitles, goOn, press, tabTo, type WidgetOnPage, widgetIn } from './keyboard-reader';
import { partnerSetup } from './partner-setup';

const setup = partnerSetup();
const steadyLine = pointerLine('steady-vitamin-k');
const ageNotice = noticeText('age');
/** The warfarin-type mechanism, as the warfarin-type card says it. */
const MECHANISM = caveatPhrase('anticoagulant-vka', 'works on the same part of blood clotting');
const AGE = `input ${questionLabel('age')}`;
const supplement = (id: string) => `input ${optionLabel('supplements', id)}`;

async function openPartnerPage(viewport: { width: number; height: number }, hasTouch = false) {
  const context = await setup.browser.newContext({ viewport, hasTouch });
  const page = await context.newPage();
  await page.goto(`${setup.servers.host.origin}/plain.html`);
  await page.locator('personal-factors .pfw-step').waitFor();
  return { context, page, widget: widgetIn(page, 'personal-factors') };
}

/** Types a medicine into the box on step 2 and adds it with Enter. */
async function addMedication(widget: WidgetOnPage, name: string) {
  await tabTo(widget, `input[role=combobox] ${questionLabel('medications')}`);
  await widget.page.keyboard.type(name);
  await press(widget, 'Escape'); // close the suggestions: Enter adds what was typed
  await press(widget, 'Enter');
}

describe('an Eliquis reader', () => {
  let context: BrowserContext;
  let widget: WidgetOnPage;
  beforeAll(async () => {
    ({ context, widget } = await openPartnerPage({ width: 412, height: 900 }));
    await goOn(widget, stepTitle('medicines'));
    await addMedication(widget, 'Eliquis 5 mg');
    await tabTo(widget, `button ${t.seeResults}`);
    await press(widget, 'Enter');
    await widget.root.locator('.pfw-card').first().waitFor();
  });
  afterAll(() => context?.close());

  test('reads the card for blood thinners of other types first, with the article’s instruction', async () => {
    const titles = await cardTitles(widget);
    expect(titles[0]).toBe(caveatTitle('anticoagulant'));
    expect(titles).not.toContain(caveatTitle('anticoagulant-vka'));
    expect(titles).not.toContain(caveatTitle('anticoagulant-if-taken'));
    const card = widget.root.locator('.pfw-card').first();
    expect(await card.textContent()).toContain(caveatPhrase('anticoagulant', 'start, stop or change K2'));
  });

  test('never reads that K2 works on the same part of clotting as their medicine', async () => {
    expect(await widget.root.locator('.pfw').textContent()).not.toContain(MECHANISM);
  });

  test('sees the source of "most directly against blood thinners like warfarin" named on the card', async () => {
    const sources = await widget.root.locator('.pfw-card').first().locator('.pfw-source-external').count();
    expect(sources).toBeGreaterThan(0);
  });
});

describe('a warfarin reader who eats natto weekly', () => {
  let context: BrowserContext;
  let page: Page;
  let widget: WidgetOnPage;
  beforeAll(async () => {
    ({ context, page, widget } = await openPartnerPage({ width: 375, height: 800 }, true));
    await goOn(widget, stepTitle('medicines'));
    await addMedication(widget, 'warfarin');
    await goOn(widget, stepTitle('sun_food'));
    // A tap on "Weekly or more" in the natto row, as on a phone.
    const weekly = widget.root
      .getByRole('group', { name: rowLegend('natto'), exact: true })
      .getByRole('radio', { name: optionLabel('natto', 'weekly') });
    await weekly.scrollIntoViewIfNeeded();
    const box = (await weekly.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    expect(await weekly.isChecked()).toBe(true);
    await tabTo(widget, `button ${t.seeResults}`);
    await press(widget, 'Enter');
    await widget.root.locator('.pfw-card').first().waitFor();
  });
  afterAll(() => context?.close());

  test('reads the warfarin-type card first, saying to keep vitamin K from food steady', async () => {
    expect((await cardTitles(widget))[0]).toBe(caveatTitle('anticoagulant-vka'));
    const first = await widget.root.locator('.pfw-card').first().textContent();
    expect(first).toContain(MECHANISM);
    expect(first).toContain(caveatPhrase('anticoagulant-vka', 'steady'));
  });

  test('reads the steady-vitamin-K line on the natto card, with its sources named there', async () => {
    // The natto card is background: a tap opens its group, as the reader would.
    const group = widget.root.locator('.pfw-group > summary');
    await group.scrollIntoViewIfNeeded();
    const box = (await group.boundingBox())!;
    await page.touchscreen.tap(box.x + 20, box.y + box.height / 2);
    const natto = widget.root.locator('[data-caveat="natto-eater"]');
    await natto.locator('.pfw-pointer').first().waitFor();
    expect(await natto.locator('.pfw-pointer .pfw-link').allTextContents()).toContain(steadyLine);
    expect(await natto.locator('.pfw-pointer .pfw-source-external').count()).toBeGreaterThan(0);
  });

  test('passes axe', async () => {
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

describe('a 15-year-old reader', () => {
  let context: BrowserContext;
  let widget: WidgetOnPage;
  beforeAll(async () => {
    ({ context, widget } = await openPartnerPage({ width: 320, height: 800 }));
  });
  afterAll(() => context?.close());

  test('is told at the age question that the results are written for adults, once the age is typed', async () => {
    await tabTo(widget, AGE);
    await widget.page.keyboard.type('15');
    const note = widget.root.locator('.pfw-note[aria-live="polite"]');
    await note.filter({ hasText: ageNotice }).waitFor();
    const input = widget.root.getByRole('textbox', { name: questionLabel('age') });
    const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain(await note.getAttribute('id'));
  });

  test('an adult typing their age never sees the note, not even for the first digit', async () => {
    await press(widget, 'Control+a');
    await widget.page.keyboard.type('72');
    expect(await widget.root.locator('.pfw-note').textContent()).toBe('');
    await press(widget, 'Control+a');
    await widget.page.keyboard.type('15');
  });

  test('reads, right after the blood-thinner card, that the results are written for adults, and no research conclusion', async () => {
    await goOn(widget, stepTitle('medicines'));
    await tabTo(widget, supplement('d3'));
    await press(widget, 'Space');
    await tabTo(widget, supplement('calcium'));
    await press(widget, 'Space');
    await goOn(widget, stepTitle('sun_food'));
    await goOn(widget, stepTitle('health'));
    await tabTo(widget, `input ${optionLabel('reasons', 'bones')}`);
    await press(widget, 'Space');
    await goOn(widget, t.results.heading);
    const titles = await cardTitles(widget);
    expect(titles.slice(0, 2)).toEqual([caveatTitle('anticoagulant-if-taken'), caveatTitle('for-adults')]);
    for (const id of [
      'calcium-supplements',
      'evidence-bone-density',
      'evidence-k2-fractures',
      'mixed-results',
    ])
      expect(titles).not.toContain(caveatTitle(id));
  });
});

describe('"What matters most" at 320 px', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    let widget: WidgetOnPage;
    ({ context, page, widget } = await openPartnerPage({ width: 320, height: 800 }));
    await goOn(widget, stepTitle('medicines'));
    await addMedication(widget, 'warfarin');
    await tabTo(widget, `button ${t.seeResults}`);
    await press(widget, 'Enter');
    await widget.root.locator('.pfw-top li').first().waitFor();
  });
  afterAll(() => context?.close());

  test('keeps each bullet on the first line of a title that wraps', async () => {
    const item = page.locator('personal-factors .pfw-top li').first();
    const button = item.locator('button');
    const [itemBox, buttonBox] = [(await item.boundingBox())!, (await button.boundingBox())!];
    const lineHeight = await button.evaluate((b) => Number.parseFloat(getComputedStyle(b).lineHeight));
    expect(buttonBox.height).toBeGreaterThan(1.5 * lineHeight); // it wraps, or the test proves nothing
    // The bullet is drawn left of the button; find the rows where its gutter has ink.
    const gutter = { x: itemBox.x - 24, y: itemBox.y, width: 22, height: itemBox.height };
    const png = await page.screenshot({ clip: gutter });
    const inkRows = await page.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const { data: px, width, height } = ctx.getImageData(0, 0, image.width, image.height);
      const rows: number[] = [];
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4;
          if ((px[i] as number) + (px[i + 1] as number) + (px[i + 2] as number) < 3 * 160) {
            rows.push(y);
            break;
          }
        }
      }
      return rows;
    }, png.toString('base64'));
    expect(inkRows.length).toBeGreaterThan(0);
    const bulletTop = gutter.y + (inkRows[0] as number);
    expect(bulletTop - buttonBox.y).toBeLessThan(lineHeight);
  });
});
