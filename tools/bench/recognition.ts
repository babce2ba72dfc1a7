// Per-keystroke recognition in Node: a 120-character entry typed one character at a time, each prefix
// put through what the widget runs on the reader's text: the box's suggestions (every keystroke) and
// the list split with each piece recognised (what a chip and the rules read). Uncached, as the first
// time a reader types each prefix.
import { d3k2 } from '../../src/content/d3-k2';
import { recogniseMedication, suggestMedications } from '../../src/rules/medications';
import { MEDICATION_TEXT_MAX } from '../../src/schema/kinds/medications';
import { splitMedicationList } from '../../src/text/split-list';

// A label as a reader might copy it, with a misspelling (the near-miss search is the costly part) and a
// second medicine, in English and in Arabic (read across scripts: every word is put in Latin letters and
// its skeletons tried); each cut to exactly the longest entry the box takes.
const LABELS = [
  'Rivaroxaban (Xarelto) 20 mg film-coated tablets, one with the evening meal; also metformn 500 mg and atorvastatin 20 mg at night',
  'ريفاروكسابان (زاريلتو) ٢٠ ملغ أقراص مغلفة بغشاء، قرص واحد مع وجبة العشاء؛ وأيضا ميتفورمن ٥٠٠ ملغ وأتورفاستاتين ٢٠ ملغ ليلا قبل النوم',
];
const ENTRIES = LABELS.map((label) => label.slice(0, MEDICATION_TEXT_MAX));

/** One keystroke's work for the text typed so far. */
function keystroke(text: string): number {
  let found = suggestMedications(text, d3k2.medications).length;
  for (const piece of splitMedicationList(text)) {
    if (recogniseMedication(piece, d3k2).status === 'recognised') found++;
  }
  return found;
}

/**
 * Types each entry `runs` times, one character at a time; returns each keystroke's time in ms, run by
 * run and entry by entry (the English entry's runs, then the Arabic one's).
 */
export function benchRecognition(runs: number): number[][] {
  if (ENTRIES.some((e) => e.length !== MEDICATION_TEXT_MAX))
    throw new Error('each entry must be the longest the box takes');
  for (const entry of ENTRIES)
    for (let i = 0; i < 3; i++) for (let n = 1; n <= entry.length; n++) keystroke(entry.slice(0, n)); // warm up
  let sink = 0;
  const times = ENTRIES.flatMap((entry) =>
    Array.from({ length: runs }, () =>
      Array.from({ length: entry.length }, (_, i) => {
        const start = performance.now();
        sink += keystroke(entry.slice(0, i + 1));
        return performance.now() - start;
      }),
    ),
  );
  if (sink === 0) throw new Error('nothing was recognised: the benchmark measures nothing');
  return times;
}
