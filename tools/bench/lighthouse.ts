// The publisher's view: Lighthouse 12.2.3 (the last that runs on Node 20) on the bench's article page
// with and without the widget, for the element and for iframe mode, as PageSpeed would show it:
// mobile preset, devtools throttling (the CPU really slowed ×4, slow 4G), runs alternating with and
// without so drift in the machine's load hits both alike. Served from 127.0.0.1 only.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Config, type Result } from 'lighthouse';
import { BROWSER_FLAGS, browserPath } from '../browser/browser';
import { summary } from './report';
import { serveBench, withoutWidgetPath } from './server';

type Placement = 'element' | 'iframe';
type LighthouseSample = Record<string, number>;
type LighthouseSamples = Record<Placement, { without: LighthouseSample[]; with: LighthouseSample[] }>;

const PAGES: Record<Placement, string> = { element: '/plain.html', iframe: '/iframe-host.html' };

const config: Config = {
  extends: 'lighthouse:default',
  settings: { onlyCategories: ['performance'], throttlingMethod: 'devtools' },
  // Every script's bootup, not only those over 50 ms: the widget's is the figure asked for.
  audits: [{ path: 'bootup-time', options: { thresholdInMs: 0 } }],
};

/** The figures a publisher reads, from one report; `bootup` is the widget's scripts (served from /dist/). */
function figures(lhr: Result): LighthouseSample {
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const items = (lhr.audits['bootup-time']?.details as { items?: { url: string; total: number }[] })?.items;
  const widget = (items ?? []).filter((item) => new URL(item.url, 'http://x').pathname.startsWith('/dist/'));
  return {
    score: (lhr.categories.performance?.score ?? NaN) * 100,
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    mainThread: value('mainthread-work-breakdown'),
    bootup: widget.reduce((sum, item) => sum + item.total, 0),
  };
}

/** `runs` alternating pairs per placement, in one Chromium; each run a fresh load with the cache cleared. */
export async function benchLighthouse(
  runs: number,
  sri: string,
  onRun: () => void,
): Promise<LighthouseSamples> {
  // Two origins, as partners have them: the host page's, and the widget's for the iframe.
  const values: Record<string, string> = { EMBED_SRI: sri };
  const [host, widget] = await Promise.all([serveBench(values), serveBench(values)]);
  values.HOST_ORIGIN = host.origin;
  values.WIDGET_ORIGIN = widget.origin;
  const chrome = await chromeLauncher.launch({
    chromePath: browserPath(),
    chromeFlags: [...BROWSER_FLAGS, '--headless=new'],
  });
  const samples: LighthouseSamples = {
    element: { without: [], with: [] },
    iframe: { without: [], with: [] },
  };
  const run = async (url: string) => {
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json' }, config);
    if (!result) throw new Error(`bench: Lighthouse gave no result for ${url}`);
    const errors = result.lhr.runtimeError ?? result.lhr.runWarnings.find((w) => /error/i.test(w));
    if (errors) throw new Error(`bench: Lighthouse on ${url}: ${JSON.stringify(errors)}`);
    onRun();
    return figures(result.lhr);
  };
  try {
    for (const placement of Object.keys(PAGES) as Placement[]) {
      const page = PAGES[placement];
      // One discarded pair: the first loads pay for starting the browser's processes.
      await run(host.origin + withoutWidgetPath(page));
      await run(host.origin + page);
      for (let i = 0; i < runs; i++) {
        samples[placement].without.push(await run(host.origin + withoutWidgetPath(page)));
        samples[placement].with.push(await run(host.origin + page));
      }
    }
  } finally {
    chrome.kill();
    await Promise.all([host.close(), widget.close()]);
  }
  return samples;
}

const ROWS: { key: string; label: string; digits: number }[] = [
  { key: 'score', label: 'Performance score', digits: 0 },
  { key: 'fcp', label: 'First Contentful Paint (ms)', digits: 0 },
  { key: 'lcp', label: 'Largest Contentful Paint (ms)', digits: 0 },
  { key: 'tbt', label: 'Total Blocking Time (ms)', digits: 0 },
  { key: 'cls', label: 'Cumulative Layout Shift', digits: 3 },
  { key: 'mainThread', label: 'Main-thread work (ms)', digits: 0 },
  { key: 'bootup', label: "The widget's scripts: bootup (ms)", digits: 0 },
];

const spread = (values: number[]) => {
  const { median, min, max } = summary(values);
  return { median, min, max };
};

/** Prints one table per placement (medians, min–max, added = median of the paired differences) and returns the figures. */
export function lighthouseReport(samples: LighthouseSamples) {
  const out: Record<string, unknown> = {};
  for (const placement of Object.keys(samples) as Placement[]) {
    const { without, with: widget } = samples[placement];
    const rows = ROWS.map(({ key, label, digits }) => {
      const a = without.map((s) => s[key] ?? NaN);
      const b = widget.map((s) => s[key] ?? NaN);
      const added = b.map((v, i) => v - (a[i] ?? NaN));
      return { key, label, digits, without: spread(a), with: spread(b), added: spread(added) };
    });
    const cell = (s: { median: number; min: number; max: number }, digits: number) =>
      `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
    console.log(
      `\nLighthouse, mobile, ${placement === 'element' ? 'the element' : 'iframe mode'} (${widget.length} pairs)`,
    );
    for (const r of rows) {
      console.log(
        `  ${r.label.padEnd(36)} ${cell(r.without, r.digits).padStart(20)} ${cell(r.with, r.digits).padStart(20)}  added ${cell(r.added, r.digits)}`,
      );
    }
    out[placement] = Object.fromEntries(
      rows.map(({ key, label, without: w, with: v, added }) => [key, { label, without: w, with: v, added }]),
    );
  }
  return out;
}
