// The bench's table (stdout) and tools/bench/results.json: median and spread of each figure, per mode.
import type { Sample } from './browser';

export type Mode = 'unthrottled' | 'x4';
export type Samples = { widget: Record<Mode, Sample[]>; baseline: Record<Mode, Sample[]>; rules: number[] };
type Unit = 'ms' | 'cls' | 'ratio' | 'per s';
type Row = { from: 'widget' | 'baseline' | 'rules'; key: string; label: string; unit: Unit; target?: string };

const interaction = '≤ 50 ms at ×4';
const ROWS: Row[] = [
  {
    from: 'widget',
    key: 'fromStart',
    label: 'First step usable, from embed.js starting to run',
    unit: 'ms',
    target: '≤ 50 / ≤ 150 ms',
  },
  { from: 'widget', key: 'evaluate', label: '  · bundle evaluated (start → define())', unit: 'ms' },
  {
    from: 'widget',
    key: 'render',
    label: '  · to the first render (define() → near the viewport → DOM built)',
    unit: 'ms',
  },
  { from: 'widget', key: 'frame', label: '  · frame (DOM built → frame done)', unit: 'ms' },
  { from: 'widget', key: 'fromScript', label: 'First step usable, from embed.js received', unit: 'ms' },
  { from: 'widget', key: 'compile', label: '  · received → starts running (compile, waiting)', unit: 'ms' },
  { from: 'widget', key: 'fromPage', label: 'First step usable, from page received: widget', unit: 'ms' },
  { from: 'baseline', key: 'fromPage', label: 'First step usable, from page received: static', unit: 'ms' },
  { from: 'baseline', key: 'ratio', label: 'Ratio widget / static (paired runs)', unit: 'ratio' },
  {
    from: 'widget',
    key: 'answer',
    label: 'Tick "Vitamin D3" → next question shown',
    unit: 'ms',
    target: interaction,
  },
  { from: 'widget', key: 'next', label: 'Next, step 1 → step 2 shown', unit: 'ms', target: interaction },
  {
    from: 'widget',
    key: 'nextSlowest',
    label: 'Next, slowest of the 6 steps',
    unit: 'ms',
    target: interaction,
  },
  {
    from: 'widget',
    key: 'results',
    label: '"See my results" → status filled',
    unit: 'ms',
    target: interaction,
  },
  { from: 'widget', key: 'eventTiming', label: 'Slowest Event Timing entry (0: none ≥ 16)', unit: 'ms' },
  {
    from: 'widget',
    key: 'inp',
    label: 'INP (web-vitals, all 8 interactions)',
    unit: 'ms',
    target: '≤ 50 ms at ×4',
  },
  { from: 'widget', key: 'clsLoad', label: 'CLS of the host page, load', unit: 'cls', target: '0.00' },
  { from: 'widget', key: 'cls', label: 'CLS, load + interactions', unit: 'cls', target: '0.00' },
  { from: 'widget', key: 'shiftAfterInput', label: 'Shifts just after input (not in CLS)', unit: 'cls' },
  { from: 'baseline', key: 'cls', label: 'CLS of the static page, load', unit: 'cls' },
  {
    from: 'widget',
    key: 'taskLoad',
    label: 'Longest task, load (0: none ≥ 50)',
    unit: 'ms',
    target: 'none > 50 ms',
  },
  { from: 'baseline', key: 'taskLoad', label: 'Longest task, load, static page', unit: 'ms' },
  {
    from: 'widget',
    key: 'scriptLoad',
    label: 'Longest widget script in a long frame, load (0: none ≥ 5)',
    unit: 'ms',
    target: '< 50 ms',
  },
  {
    from: 'widget',
    key: 'scriptInteractions',
    label: 'Longest widget script, interactions',
    unit: 'ms',
    target: '< 50 ms',
  },
  {
    from: 'widget',
    key: 'taskInteractions',
    label: 'Longest task, interactions',
    unit: 'ms',
    target: 'none > 50 ms',
  },
  {
    from: 'rules',
    key: 'rules',
    label: 'Rules: evaluations/s (Node, D3+K2)',
    unit: 'per s',
    target: '≥ 100,000',
  },
];

/** Median, quartiles and 95th percentile (interpolated), and range. */
export function summary(values: number[]) {
  const v = [...values].sort((a, b) => a - b);
  const at = (q: number) => {
    const i = (v.length - 1) * q;
    const below = v[Math.floor(i)] ?? NaN;
    return below + ((v[Math.ceil(i)] ?? NaN) - below) * (i % 1);
  };
  return {
    median: at(0.5),
    p25: at(0.25),
    p75: at(0.75),
    p95: at(0.95),
    min: v[0] ?? NaN,
    max: v.at(-1) ?? NaN,
    n: v.length,
  };
}
type Summary = ReturnType<typeof summary>;

function values(samples: Samples, row: Row, mode: Mode): number[] {
  // Node is not throttled: the rules have one column.
  if (row.from === 'rules') return mode === 'unthrottled' ? samples.rules : [];
  return samples[row.from][mode].map((s) => s[row.key] ?? NaN);
}

function format(unit: Unit, n: number): string {
  if (Number.isNaN(n)) return '—';
  if (unit === 'ms') return n.toFixed(1);
  if (unit === 'cls') return n.toFixed(3);
  if (unit === 'ratio') return `${n.toFixed(2)}×`;
  return Math.round(n).toLocaleString('en');
}

/** Prints the table (median and interquartile range; min and max are in the JSON) and returns the figures. */
export function report(samples: Samples) {
  const figures = ROWS.map((row) => ({
    row,
    unthrottled: summary(values(samples, row, 'unthrottled')),
    x4: summary(values(samples, row, 'x4')),
  }));
  const cells = (unit: Unit, s: Summary) =>
    s.n ? [format(unit, s.median), `${format(unit, s.p25)}–${format(unit, s.p75)}`] : ['—', ''];
  const head = ['metric', 'unthrottled median', 'IQR', '×4 median', 'IQR', 'target'];
  const lines = figures.map(({ row, unthrottled, x4 }) => [
    row.label,
    ...cells(row.unit, unthrottled),
    ...cells(row.unit, x4),
    row.target ?? '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]?.length ?? 0)));
  const print = (l: string[]) =>
    console.log(
      l
        .map((c, i) => (i === 0 || i === 5 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
        .join('  '),
    );
  print(head);
  print(widths.map((w) => '-'.repeat(w)));
  lines.forEach(print);
  return figures.map(({ row, unthrottled, x4 }) => ({
    metric: row.label.replace(/^ +· /, ''),
    key: `${row.from}.${row.key}`,
    unit: row.unit,
    target: row.target,
    unthrottled,
    x4: x4.n ? x4 : undefined,
  }));
}
