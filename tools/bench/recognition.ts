// Per-keystroke recognition in Node: a 120-character entry typed one character at a time, each prefix
// put through what the widget runs on the reader's text: the box's suggestions (every keystroke) and
// the list split with each piece recognised (what a chip and the rules read). Uncached, as the first
// time a reader types each prefix.
import { medications } from '../../src/content/medications/list';
import { recogniseMedication, suggestMedications } from '../../src/rules/medications';
import { MEDICATION_TEXT_MAX } from '../../src/schema/kinds/medications';
import { splitMedicationList } from '../../src/text/split-list';

// A label as a reader might copy it, with a misspelling (the near-miss search is the costly part) and a
// second medicine; cut to exactly the longest entry the box takes.
const LABEL =
  'Rivaroxaban (Xarelto) 20 mg film-coated tablets, one with the evening meal; also metformn 500 mg and atorvastatin 20 mg at night';
const ENTRY = LABEL.slice(0, MEDICATION_TEXT_MAX);

/** One keystroke's work for the text typed so far. */
function keystroke(text: string): number {
  let found = suggestMedications(text, medications).length;
  for (const piece of splitMedicationList(text)) {
    if (recogniseMedication(piece, medications).status === 'recognised') found++;
  }
  return found;
}

/** Types ENTRY `runs` times, one character at a time; returns each keystroke's time in ms, run by run. */
export function benchRecognition(runs: number): number[][] {
  if (ENTRY.length !== MEDICATION_TEXT_MAX) throw new Error('the entry must be the longest the box takes');
  for (let i = 0; i < 3; i++) for (let n = 1; n <= ENTRY.length; n++) keystroke(ENTRY.slice(0, n)); // warm up
  let sink = 0;
  const times = Array.from({ length: runs }, () =>
    Array.from({ length: ENTRY.length }, (_, i) => {
      const start = performance.now();
      sink += keystroke(ENTRY.slice(0, i + 1));
      return performance.now() - start;
    }),
  );
  if (sink === 0) throw new Error('nothing was recognised: the benchmark measures nothing');
  return times;
}
