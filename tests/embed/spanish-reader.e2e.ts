// Readers on Spanish-language pages, on a phone, against the built widget (dist/embed.js): the element
// carries no locale attribute, so the widget must take Spanish from the page (`<html lang="es">`,
// `<html lang="es-MX">`, or a `lang="es"` section of an English page). Each reader taps and types as on
// a phone and finds everything by the Spanish pack's and catalog's words (tests/helpers/text.ts), so an
// English widget on a Spanish page fails at its first step. What they must get: the card for their
// blood thinner first, no amount anywhere in the widget's text, "72 años" read as 72, a pasted
// "warfarina y omeprazol" read as two medicines, and nothing sent or stored.
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { findDosingLanguage } from '../../src/text/dosing-guard';
import { storedState } from '../../tools/browser/browser';
import { fill, textIn } from '../helpers/text';
import { partnerSetup } from './partner-setup';

const es = textIn('es');
const en = textIn('en');

const setup = partnerSetup();
let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** A reader's phone: a narrow touch screen. */
type Phone = { width: number; height: number };
const PHONES = {
  small: { width: 320, height: 640 },
  mid: { width: 360, height: 780 },
  large: { width: 390, height: 844 },
};

/** What the page did that the reader would not see: errors and every request. */
type Opened = { page: Page; widget: Locator; errors: string[]; requests: string[] };

async function open(path: string, phone: Phone, clipboard = false): Promise<Opened> {
  context = await setup.browser.newContext({ viewport: phone, hasTouch: true, isMobile: true });
  if (clipboard)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: setup.servers.host.origin,
    });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${setup.servers.host.origin}/${path}`);
  const widget = page.locator('personal-factors');
  await widget.locator('.pfw-step').waitFor();
  return { page, widget, errors, requests };
}

/** The widget speaks Spanish from its first screen: its root's lang, step 1's title, its Next button. */
async function expectSpanishStepOne(widget: Locator): Promise<void> {
  expect(await widget.locator('[part=root]').getAttribute('lang')).toBe('es');
  expect(await widget.locator('.pfw-step h3').first().textContent()).toBe(es.stepTitle('about'));
  expect(await widget.locator('.pfw-progress').textContent()).toBe(es.progressLine(1));
  expect(await widget.getByRole('button', { name: es.t.next, exact: true }).count()).toBe(1);
}

/** Taps Next ("Siguiente") until the medicines step shows. */
async function tapToMedicines(widget: Locator): Promise<void> {
  while ((await widget.locator('.pfw-progress').textContent()) !== es.progressLine(2)) {
    await widget.getByRole('button', { name: es.t.next, exact: true }).tap();
  }
  await widget.locator('h3', { hasText: es.stepTitle('medicines') }).waitFor();
}

/** Taps "Ver mis resultados" and waits for the results' heading. */
async function tapToResults(widget: Locator): Promise<void> {
  await widget.getByRole('button', { name: es.t.seeResults, exact: true }).tap();
  await widget.getByRole('heading', { name: es.t.results.heading }).waitFor({ timeout: 5_000 });
}

/** The medicines box, found by its Spanish label. */
const medicinesBox = (widget: Locator) =>
  widget.getByRole('combobox', { name: es.questionLabel('medications') });

/** Every word in the widget's shadow root, shown or behind a closed disclosure (styles left out). */
const shadowText = (widget: Locator) =>
  widget.evaluate((element) => {
    const walker = document.createTreeWalker(element.shadowRoot as ShadowRoot, NodeFilter.SHOW_TEXT);
    const words: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest('style, script')) words.push(node.textContent ?? '');
    }
    return words.join(' ');
  });

const cardTitles = (widget: Locator) => widget.locator('.pfw-card :is(h4, h5)').allTextContents();

/** A Spanish word of the pack that must not be the English one: else the test could pass on English. */
function spanish(words: string, english: string): string {
  expect(words).not.toBe(english);
  return words;
}

const VKA_TITLE = spanish(es.caveatTitle('anticoagulant-vka'), en.caveatTitle('anticoagulant-vka'));

describe.each([
  ['a Spanish page (<html lang="es">)', 'spanish.html', PHONES.mid],
  ['a Mexican Spanish page (<html lang="es-MX">)', 'spanish-mx.html', PHONES.small],
  ['an English page, in its lang="es" section', 'spanish-section.html', PHONES.large],
])('on %s, on a phone', (_page, path, phone) => {
  test(`a reader types "Sintrom 4 mg", adds it and sees the warfarin-type card first, with no amount anywhere (${phone.width} px)`, async () => {
    const { page, widget, errors, requests } = await open(path, phone);
    await expectSpanishStepOne(widget);
    const loaded = requests.length;

    await tapToMedicines(widget);
    await medicinesBox(widget).tap();
    await page.keyboard.type('Sintrom 4 mg');
    await widget.getByRole('button', { name: es.t.medications.add, exact: true }).tap();
    // The chip shows the name without its amount, and the box is empty for the next one.
    expect(await widget.locator('.pfw-chip-name').allTextContents()).toEqual(['Sintrom']);
    expect(await medicinesBox(widget).inputValue()).toBe('');

    await tapToResults(widget);
    const titles = await cardTitles(widget);
    expect(titles[0]).toBe(VKA_TITLE);
    // Why, in Spanish: Sintrom read as a brand of acenocoumarol, a warfarin-type blood thinner.
    const first = widget.locator('article.pfw-card').first();
    expect(await first.getAttribute('data-caveat')).toBe('anticoagulant-vka');
    expect(await first.locator('li').allTextContents()).toEqual([
      spanish(
        es.medicationReason('brand', 'acenocoumarol', 'Sintrom'),
        en.medicationReason('brand', 'acenocoumarol', 'Sintrom'),
      ),
    ]);

    // No amount anywhere: not the reader's "4 mg", nor any dosing language of any language the guard knows.
    const text = await shadowText(widget);
    expect(text).toContain(VKA_TITLE);
    expect(text).not.toMatch(/4\s*mg/i);
    expect(findDosingLanguage(text)).toEqual([]);

    // The answers stayed in the browser: nothing asked for after the page loaded, nothing stored.
    expect(requests.slice(loaded)).toEqual([]);
    expect(await storedState(context as BrowserContext, page)).toEqual({
      cookies: 0,
      localStorage: 0,
      sessionStorage: 0,
      indexedDB: 0,
    });
    expect(errors).toEqual([]);
  });
});

describe('on a Spanish page (<html lang="es">), on a phone', () => {
  test('an age typed as "72 años" is taken as 72, and the why line says so in Spanish', async () => {
    const { page, widget, errors } = await open('spanish.html', PHONES.mid);
    await expectSpanishStepOne(widget);
    const age = widget.getByRole('textbox', { name: es.questionLabel('age') });
    await age.tap();
    await page.keyboard.type('72 años');
    await widget.getByRole('button', { name: es.t.next, exact: true }).tap();
    // Accepted: no error, and the reader is on step 2.
    await widget.locator('h3', { hasText: es.stepTitle('medicines') }).waitFor({ timeout: 5_000 });
    expect(await widget.locator('.pfw-progress').textContent()).toBe(es.progressLine(2));
    expect(await widget.locator('.pfw-error').count()).toBe(0);

    await tapToResults(widget);
    // The card for older adults holds, and its why line, behind "Por qué, pruebas y fuente", says 72.
    const card = widget.locator('article.pfw-card[data-caveat="older-adult"]');
    expect(await card.getByRole('heading').textContent()).toBe(
      spanish(es.caveatTitle('older-adult'), en.caveatTitle('older-adult')),
    );
    await card.locator('summary', { hasText: es.t.results.more }).tap();
    const why = card.locator('li', { hasText: '72' });
    await why.waitFor();
    expect(await why.isVisible()).toBe(true);
    expect(await why.textContent()).toBe(
      spanish(fill(es.reasonOf('age'), { answer: 72 }), fill(en.reasonOf('age'), { answer: 72 })),
    );
    expect(errors).toEqual([]);
  });

  test('"warfarina y omeprazol", pasted into the medicines box, and added, gives two chips, and the warfarin card leads', async () => {
    const { page, widget, errors } = await open('spanish.html', PHONES.mid, true);
    await expectSpanishStepOne(widget);
    await tapToMedicines(widget);
    await medicinesBox(widget).tap();
    await page.evaluate((text) => navigator.clipboard.writeText(text), 'warfarina y omeprazol');
    await page.keyboard.press('ControlOrMeta+V');
    // One line pasted stays in the box, as typed text would, until the reader adds it.
    await expect.poll(() => medicinesBox(widget).inputValue()).toBe('warfarina y omeprazol');
    await widget.getByRole('button', { name: es.t.medications.add, exact: true }).tap();
    expect(await widget.locator('.pfw-chip-name').allTextContents()).toEqual(['warfarina', 'omeprazol']);
    expect(await medicinesBox(widget).inputValue()).toBe('');

    await tapToResults(widget);
    expect((await cardTitles(widget))[0]).toBe(VKA_TITLE);
    expect(await widget.locator('article.pfw-card').first().locator('li').first().textContent()).toBe(
      es.medicationReason('generic', 'warfarin'),
    );
    expect(findDosingLanguage(await shadowText(widget))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
