import { launch } from './browser/browser';
import { servePartners } from './browser/server';
import { completeAsCoumadinReader, widgetIn } from '../tests/embed/keyboard-reader';
const servers = await servePartners();
const browser = await launch();
for (const width of [375, 1280]) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${servers.host.origin}/plain.html`);
  await page.locator('personal-factors .pfw-step').waitFor();
  const w = widgetIn(page, 'personal-factors');
  let keys = 0;
  const orig = page.keyboard.press.bind(page.keyboard); const origType = page.keyboard.type.bind(page.keyboard);
  page.keyboard.press = async (k, o) => { keys++; return orig(k, o); };
  page.keyboard.type = async (t, o) => { keys += t.length; return origType(t, o); };
  await completeAsCoumadinReader(w);
  const r = await page.evaluate(() => {
    const root = document.querySelector('personal-factors')!.shadowRoot!;
    const top = root.querySelector('h3')!.getBoundingClientRect().top;
    const res = root.querySelector('.pfw-results')!.getBoundingClientRect();
    const cards = [...root.querySelectorAll('.pfw-card')].map((c) => Math.round(c.getBoundingClientRect().bottom - top));
    const summary = root.querySelector(".pfw-top")!.getBoundingClientRect();
    return { total: Math.round(res.bottom - top), firstCardBottom: cards[0], cards: cards.length, summaryBottom: Math.round(summary.bottom - top) };
  });
  console.log(width, JSON.stringify(r), 'keys', keys);
  if (width === 375) { await page.locator('personal-factors h3').first().scrollIntoViewIfNeeded(); await page.locator('personal-factors').screenshot({ path: '/tmp/wt13/results375.png' }); }
  await context.close();
}
await browser.close(); await servers.close();
