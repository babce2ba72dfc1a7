// A reader pastes their medicines list, copied from a pharmacy record, into the medicines box: a
// blood thinner in katakana and one in Cyrillic among ordinary medicines. Pasted as a reader pastes,
// through the clipboard and Ctrl/Cmd+V in Chromium, then on to the results by keyboard and mouse.
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { medicationReason, progressLine, t } from '../helpers/text';
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
