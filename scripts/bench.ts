// `npm run bench`: figures to report, not timed tests (this machine is shared and noisy).
// The rules are measured as Vite builds them for the widget, not as tsx runs them (tsx adds
// keep-names wrappers to every closure, which would understate the shipped code's speed).
import { build } from 'vite';

const outDir = 'node_modules/.cache/bench';
await build({
  configFile: false,
  logLevel: 'warn',
  build: { outDir, emptyOutDir: true, lib: { entry: { rules: 'bench/rules.ts' }, formats: ['es'] } },
});
const { benchRules } = (await import(
  `${process.cwd()}/${outDir}/rules.js`
)) as typeof import('../bench/rules');

const runs = Array.from({ length: 5 }, () => benchRules(1000)).sort((a, b) => a - b);
const format = (n: number | undefined) => Math.round(n ?? 0).toLocaleString('en');
console.log(
  `rules: ${format(runs[2])} evaluations/s of the D3+K2 pack in Node (median of 5 one-second runs; range ${format(runs[0])}–${format(runs[4])})`,
);
