// A reader pastes their medicines list, copied from a pharmacy record, into the medicines box: a
// blood thinner in katakana and one in Cyrillic among ordinary medicines; or warfarin in Arabic and
// heparin in Greek, as their labels print them. Pasted as a reader pastes, through the clipboard and
// Ctrl/Cmd+V in Chromium, then on to the results by keyboard and mouse.
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { caveatTitle, medicationReason, progressLine, t } from '../helpers/text';
import { INTERACTION } from './keyboard-reader';
import { partnerSetup } from './partner-setup';

const setup = partnerSetup();
let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

const PASTED = [
  'Metformin 500 mg tablets',
  'ワルファリン錠 1mg', // warfarin, as a Japanese label writes it
  'Atorvastatin 20 mg',
  'ривароксабан 20 мг', // rivaroxaban, in Russian
  'Lisinopril 10mg',
].join('\n');

async function paste(page: Page, text: string, chips: number) {
  const widget = page.locator('personal-factors');
  const next = widget.getByRole('button', { name: t.next });
  while ((await widget.locator('.pfw-progress').textContent()) !== progressLine(2)) await next.click();
  await widget.getByRole('combobox').click();
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+V');
  await widget
    .locator('.pfw-chip-name')
    .nth(chips - 1)
    .waitFor({ timeout: 5_000 });
}

async function open(): Promise<Page> {
  context = await setup.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: setup.servers.host.origin,
  });
  const page = await context.newPage();
  await page.goto(`${setup.servers.host.origin}/plain.html`);
  await page.locator('personal-factors .pfw-step').waitFor();
  return page;
}

test('a pasted list with warfarin in katakana and rivaroxaban in Cyrillic gives one chip each and the interaction card first', async () => {
  const page = await open();
  const widget = page.locator('personal-factors');
  const next = widget.getByRole('button', { name: t.next });
  while ((await widget.locator('.pfw-progress').textContent()) !== progressLine(2)) await next.click();

  const box = widget.getByRole('combobox');
  await box.click();
  await page.evaluate((text) => navigator.clipboard.writeText(text), PASTED);
  await page.keyboard.press('ControlOrMeta+V');
  await widget.locator('.pfw-chip-name').nth(4).waitFor({ timeout: 5_000 });
  // One chip per line, each shown without its strength (in either script), and none left in the box.
  expect(await widget.locator('.pfw-chip-name').allTextContents()).toEqual([
    'Metformin tablets',
    'ワルファリン錠',
    'Atorvastatin',
    'ривароксабан',
    'Lisinopril',
  ]);
  expect(await box.inputValue()).toBe('');

  // The medicines step offers "See my results" beside Next.
  await widget.getByRole('button', { name: t.seeResults }).click();
  const cards = widget.locator('article.pfw-card');
  await cards.first().waitFor();

  const first = cards.first();
  expect(await first.getByRole('heading').textContent()).toBe(INTERACTION);
  expect(await first.locator('li').allTextContents()).toEqual([
    medicationReason('generic', 'warfarin'),
    medicationReason('generic', 'rivaroxaban'),
  ]);
  const top = widget.getByRole('region', { name: t.results.topHeading });
  expect(await top.getByRole('listitem').first().textContent()).toBe(INTERACTION);
  // Nothing pasted went to "not recognised": all five were read.
  expect(await widget.getByRole('heading', { name: t.results.unrecognisedHeading }).count()).toBe(0);
});

// Warfarin and heparin as an Arabic and a Greek label print them (tests/fixtures/medications/scripts.json),
// with amounts in Arabic-Indic digits and Arabic and Greek label words, between ordinary medicines.
const PASTED_RTL = [
  'Metformin 500 mg',
  'وارفارين ٥ ملغ أقراص', // warfarin, 5 mg tablets, in Arabic
  'Amlodipine 5 mg',
  'ηπαρίνη 5000 IU', // heparin, in Greek
  'زوربلاكس', // a name nobody knows, in Arabic
].join('\n');

test("a pasted list with warfarin in Arabic and heparin in Greek: chips in the reader's script, the warfarin card first", async () => {
  const page = await open();
  const widget = page.locator('personal-factors');
  await paste(page, PASTED_RTL, 5);
  expect(await widget.locator('.pfw-chip-name').allTextContents()).toEqual([
    'Metformin',
    'وارفارين أقراص',
    'Amlodipine',
    'ηπαρίνη',
    'زوربلاكس',
  ]);
  // Each chip is isolated, so an Arabic name keeps its own order inside the English list.
  expect(await widget.locator('.pfw-chip-name').evaluateAll((els) => els.map((e) => e.tagName))).toEqual(
    Array(5).fill('BDI'),
  );
  // The box turns a phone's autocorrect and capitals off, and writes Arabic right to left.
  const box = widget.getByRole('combobox');
  expect(await box.getAttribute('autocorrect')).toBe('off');
  expect(await box.getAttribute('autocapitalize')).toBe('off');
  await box.click();
  await page.keyboard.insertText('وارف');
  expect(await box.evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');

  await widget.getByRole('button', { name: t.seeResults }).click();
  const cards = widget.locator('article.pfw-card');
  await cards.first().waitFor();
  const first = cards.first();
  expect(await first.getByRole('heading').textContent()).toBe(caveatTitle('anticoagulant-vka'));
  const lines = await first.locator('li').allTextContents();
  expect(lines[0]).toBe(medicationReason('misspelling', 'warfarin', 'وارفارين'));
  expect(await first.locator('li bdi').first().textContent()).toBe('وارفارين');
  // The name nobody knows is listed apart, isolated in its line.
  const unknown = widget.locator('section', {
    has: page.getByRole('heading', { name: t.results.unrecognisedHeading }),
  });
  expect(await unknown.locator('li bdi').allTextContents()).toEqual(['زوربلاكس']);
  // "Your answers" isolates each name too.
  await widget.getByRole('heading', { name: t.results.yourAnswers }).click();
  expect(await widget.locator('.pfw-answer bdi').allTextContents()).toContain('وارفارين أقراص');
  // The take-away, copied, keeps the Arabic name between isolate marks.
  await widget.getByRole('button', { name: t.results.copy }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('\u2068وارفارين أقراص\u2069 (warfarin)');
  expect(copied).toContain('\u2068زوربلاكس\u2069');
});
