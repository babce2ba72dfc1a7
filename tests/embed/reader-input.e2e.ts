// What readers type and press that used to go wrong: Next, or "See my results" beside it, pressed with a name
// still in the medicines box (by mouse and by touch), ages written with their unit, and an English widget on an Arabic page.
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { fill, progressLine, questionLabel, stepTitle, t } from '../helpers/text';
import {
  expectHeadingFocused,
  INTERACTION,
  press,
  progress,
  skipToResults,
  tabTo,
  widgetIn,
} from './keyboard-reader';
import { partnerSetup } from './partner-setup';

const setup = partnerSetup();
let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function open(path: string, options: { width: number; hasTouch?: boolean }): Promise<Page> {
  context = await setup.browser.newContext({
    viewport: { width: options.width, height: 800 },
    hasTouch: options.hasTouch ?? false,
  });
  const page = await context.newPage();
  await page.goto(`${setup.servers.host.origin}/${path}`);
  await page.locator('personal-factors .pfw-step').waitFor();
  return page;
}

const centre = async (target: Locator) => {
  const box = await target.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

/**
 * Clicks Next until the medicines step shows, then types a name into its box and leaves it there;
 * returns the step's `button` ("Next", or "See my results" beside it), scrolled into view.
 */
async function nameLeftInTheBox(page: Page, button = t.next): Promise<Locator> {
  const widget = page.locator('personal-factors');
  while ((await widget.locator('.pfw-progress').textContent()) !== progressLine(2)) {
    await widget.getByRole('button', { name: t.next }).click();
  }
  await widget.getByRole('combobox').click();
  await page.keyboard.type('warfarin');
  await widget.getByRole('combobox').press('Escape'); // the suggestions close; the name stays typed
  expect(await widget.getByRole('combobox').inputValue()).toBe('warfarin');
  const target = widget.getByRole('button', { name: button, exact: true });
  await target.scrollIntoViewIfNeeded();
  return target;
}

describe('Next pressed with a name still in the medicines box', () => {
  test('a mouse click on Next moves on, keeping the name as a medicine', async () => {
    const page = await open('plain.html', { width: 1280 });
    const { x, y } = await centre(await nameLeftInTheBox(page));
    await page.mouse.click(x, y);
    const widget = page.locator('personal-factors');
    await widget.locator('h3', { hasText: stepTitle('sun_food') }).waitFor({ timeout: 5_000 });
    await widget.getByRole('button', { name: t.back }).click();
    expect(await widget.locator('.pfw-chip-name').allTextContents()).toEqual(['warfarin']);
  });

  test('a tap on Next moves on, keeping the name as a medicine', async () => {
    const page = await open('plain.html', { width: 375, hasTouch: true });
    const { x, y } = await centre(await nameLeftInTheBox(page));
    await page.touchscreen.tap(x, y);
    const widget = page.locator('personal-factors');
    await widget.locator('h3', { hasText: stepTitle('sun_food') }).waitFor({ timeout: 5_000 });
    await widget.getByRole('button', { name: t.back }).click();
    expect(await widget.locator('.pfw-chip-name').allTextContents()).toEqual(['warfarin']);
  });
});

describe('"See my results" pressed with a name still in the medicines box', () => {
  test.each([
    ['a mouse click', 1280, false],
    ['a tap', 375, true],
  ] as const)(
    '%s shows the results, with the name read: the blood-thinner card first',
    async (_, width, hasTouch) => {
      const page = await open('plain.html', { width, hasTouch });
      const { x, y } = await centre(await nameLeftInTheBox(page, t.seeResults));
      if (hasTouch) await page.touchscreen.tap(x, y);
      else await page.mouse.click(x, y);
      const first = page.locator('personal-factors article.pfw-card').first();
      await first.waitFor({ timeout: 5_000 });
      expect(await first.getByRole('heading').textContent()).toBe(INTERACTION);
    },
  );
});

describe('an age typed as readers write it', () => {
  /** Types `text` as the age by keyboard, presses Enter (Next) and says whether step 2 came. */
  async function typeAgeAndGoOn(page: Page, text: string): Promise<boolean> {
    const widget = widgetIn(page, 'personal-factors');
    await page
      .locator('personal-factors')
      .getByRole('textbox', { name: questionLabel('age') })
      .focus();
    await press(widget, 'ControlOrMeta+a');
    await page.keyboard.type(text);
    await press(widget, 'Enter');
    return (await progress(widget)) === progressLine(2);
  }

  test.each(['72 years', '72 yrs', ' 72 '])('"%s" is taken as 72', async (text) => {
    const page = await open('plain.html', { width: 1280 });
    expect(await typeAgeAndGoOn(page, text)).toBe(true);
    const widget = widgetIn(page, 'personal-factors');
    await expectHeadingFocused(widget, stepTitle('medicines'));
  });

  test('"seventy", "-3" and "1e2" are refused with the message, and focus goes back to the age', async () => {
    const page = await open('plain.html', { width: 1280 });
    const widget = widgetIn(page, 'personal-factors');
    for (const text of ['seventy', '-3', '1e2']) {
      expect(await typeAgeAndGoOn(page, text)).toBe(false);
      const error = widget.root.locator('.pfw-error');
      expect(await error.textContent()).toBe(fill(t.numberInvalid, { min: 1, max: 120 }));
      expect(
        await widget.root.getByRole('textbox', { name: questionLabel('age') }).getAttribute('aria-invalid'),
      ).toBe('true');
    }
    // Fixed, it goes through.
    expect(await typeAgeAndGoOn(page, '72')).toBe(true);
  });
});

describe('an English widget on a right-to-left page in Arabic', () => {
  test('speaks and lays out English: lang and dir on its root, punctuation on the right side', async () => {
    const page = await open('rtl.html', { width: 1280 });
    const root = page.locator('personal-factors .pfw');
    expect(await root.getAttribute('lang')).toBe('en');
    expect(await root.getAttribute('dir')).toBe('ltr');
    const direction = (selector: string) =>
      page.locator(selector).evaluate((e) => getComputedStyle(e).direction);
    expect(await direction('personal-factors .pfw-step h3')).toBe('ltr');
    expect(await direction('body > h1')).toBe('rtl');
    // The keyboard reader still gets through, and the results are laid out left to right too.
    const widget = widgetIn(page, 'personal-factors');
    await tabTo(widget, `input ${questionLabel('age')}`);
    await skipToResults(widget);
    expect(await direction('personal-factors .pfw-card >> nth=0')).toBe('ltr');
  });
});
