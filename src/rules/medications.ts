/**
 * Recognises a medication from what a reader types off a pill bottle, offline: brand and generic
 * names in many countries and scripts, common misspellings, and near misses ("did you mean …?").
 * Safety first: when one entry names several medicines, an anticoagulant is reported first.
 */
import { BLOOD_THINNER_UNSURE_ID, medications } from '../content/medications';
import type { Medication, MedicationClass } from '../schema/medication';

export type MedicationRecognition =
  | { status: 'empty' }
  | {
      status: 'recognised';
      /** What the reader typed, trimmed. */
      text: string;
      medication: Medication;
      /** The name or misspelling that matched, as written in the data. */
      matched: string;
      matchedKind: 'generic' | 'brand' | 'misspelling';
      /** Other medicines found in the same entry, most safety-relevant first. */
      others: Medication[];
    }
  | {
      status: 'near-miss';
      text: string;
      medication: Medication;
      /** The closest real name, for "did you mean …?"; never a misspelling. */
      suggestion: string;
    }
  | { status: 'unrecognised'; text: string };

type Entry = {
  key: string;
  medication: Medication;
  matched: string;
  kind: 'generic' | 'brand' | 'misspelling';
  /** The key's characters, for the distance; their count minus spaces is the typo allowance's. */
  chars: string[];
  letters: number;
  /** Written in a script without spaces (Chinese, Japanese, Korean). */
  unspaced: boolean;
};
type Index = { byKey: Map<string, Entry>; entries: Entry[]; maxWords: number };
type Span = { text: string; start: number; end: number };
type Hit = { entry: Entry; start: number; end: number; distance: number };

// Label noise: strengths, units, dosage forms, salts and how-often words, in a few languages.
const NOISE = new Set(
  (
    'mg mcg μg ug g kg ml iu ui ie u unit units x ' +
    'tablet tablets tab tabs tbl tabletten filmtabletten comprime comprimes comprimido comprimidos compresse ' +
    'capsule capsules caps cap gelule gelules softgel softgels film coated chewable dispersible ' +
    'injection injections inj solution suspension oral syringe syringes prefilled pre filled pen pens ' +
    'sachet sachets powder granules ' +
    'sodium natrium potassium calcium hcl hydrochloride mesylate mesilate etexilate tosylate tosilate ' +
    'once twice daily day per od bd bid tid qd nightly'
  ).split(' '),
);

// Scripts written without spaces between words: a name is found anywhere inside the text.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Lowercase, strip accents, and turn everything that is not a letter into single spaces. */
function fold(text: string): string {
  return (
    text
      .normalize('NFKD')
      // Only Latin-style combining accents: Japanese voicing marks and Indic vowel signs are letters' parts.
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}]+/gu, ' ')
      .trim()
  );
}

/** Normalises label text for matching: "XARELTO® 20 mg film-coated tablets" → "xarelto". */
export function normaliseMedicationText(text: string): string {
  return fold(text)
    .split(' ')
    .filter((word) => word !== '' && !NOISE.has(word))
    .join(' ');
}

const letterCount = (s: string) => [...s.replace(/ /g, '')].length;

function buildIndex(list: readonly Medication[]): Index {
  const byKey = new Map<string, Entry>();
  const entries: Entry[] = [];
  const add = (medication: Medication, matched: string, kind: Entry['kind']) => {
    const key = normaliseMedicationText(matched);
    // First one wins: names are added before misspellings, so a name is what `matched` reports.
    if (key === '' || byKey.has(key)) return;
    const chars = [...key];
    const letters = letterCount(key);
    const entry = { key, medication, matched, kind, chars, letters, unspaced: UNSPACED.test(key) };
    byKey.set(key, entry);
    entries.push(entry);
  };
  for (const m of list) for (const n of m.names) add(m, n.name, n.kind);
  for (const m of list) for (const s of m.misspellings) add(m, s, 'misspelling');
  const maxWords = Math.max(1, ...entries.map((e) => e.key.split(' ').length));
  return { byKey, entries, maxWords };
}

// Built on first use, not at load (the first step needs no medicines), then kept: recognition runs per keystroke.
const indexCache = new WeakMap<readonly Medication[], Index>();
function indexFor(list: readonly Medication[]): Index {
  let index = indexCache.get(list);
  if (!index) {
    index = buildIndex(list);
    indexCache.set(list, index);
  }
  return index;
}

/** Every run of up to `maxWords` consecutive words, with character offsets for ordering. */
function spansOf(normalised: string, maxWords: number): Span[] {
  const words: Span[] = [];
  for (const m of normalised.matchAll(/\S+/g)) {
    words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  const spans: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i; j < Math.min(words.length, i + maxWords); j++) {
      const first = words[i] as Span;
      const last = words[j] as Span;
      spans.push({ text: normalised.slice(first.start, last.end), start: first.start, end: last.end });
    }
  }
  return spans;
}

/**
 * Optimal-string-alignment distance (edits plus swaps of neighbouring letters), or `max + 1` as soon
 * as it must exceed `max`: it runs for every name on every keystroke, so it stops early.
 */
function osaDistance(a: string[], b: string[], max = Number.POSITIVE_INFINITY): number {
  let before = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (before[j - 2] as number) + 1);
      }
      row[j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    [before, prev, row] = [prev, row, before];
  }
  return Math.min(prev[b.length] as number, max + 1);
}

/** How many typos a name tolerates: none under 4 letters, 1 up to 6 letters, 2 from 7. */
const allowedTypos = (letters: number) => (letters < 4 ? 0 : letters <= 6 ? 1 : 2);

/** Lower sorts first: vitamin K antagonists, named anticoagulants, "a blood thinner", the rest. */
function safetyRank(m: Medication): number {
  if (m.classes.includes('vitamin-k-antagonist')) return 0;
  if (m.classes.includes('anticoagulant')) return m.id === BLOOD_THINNER_UNSURE_ID ? 2 : 1;
  return m.classes.length > 0 ? 3 : 4;
}

const isAnticoagulant = (m: Medication) => m.classes.includes('anticoagulant');

function exactHits(normalised: string, spans: Span[], index: Index): Hit[] {
  const hits: Hit[] = [];
  for (const span of spans) {
    const entry = index.byKey.get(span.text);
    if (entry) hits.push({ entry, start: span.start, end: span.end, distance: 0 });
  }
  if (UNSPACED.test(normalised)) {
    for (const entry of index.entries) {
      const at = entry.unspaced ? normalised.indexOf(entry.key) : -1;
      if (at >= 0) hits.push({ entry, start: at, end: at + entry.key.length, distance: 0 });
    }
  }
  return hits;
}

/** The closest entries for each span that no exact hit covers, within the typo allowance. */
function nearHits(spans: Span[], covered: Hit[], index: Index): Hit[] {
  const hits: Hit[] = [];
  for (const span of spans) {
    const letters = letterCount(span.text);
    if (letters < 4) continue;
    if (covered.some((h) => span.start < h.end && h.start < span.end)) continue;
    const chars = [...span.text];
    let best: Hit[] = [];
    for (const entry of index.entries) {
      const allowed = allowedTypos(entry.letters);
      if (allowed === 0 || Math.abs(entry.letters - letters) > allowed) continue;
      const distance = osaDistance(chars, entry.chars, allowed);
      if (distance > allowed || (best[0] && distance > best[0].distance)) continue;
      const hit = { entry, start: span.start, end: span.end, distance };
      best = best[0] && distance === best[0].distance ? [...best, hit] : [hit];
    }
    hits.push(...best);
  }
  return hits;
}

const bySafetyThenPlace = (a: Hit, b: Hit) =>
  safetyRank(a.entry.medication) - safetyRank(b.entry.medication) ||
  a.distance - b.distance ||
  a.start - b.start ||
  b.end - a.end;

/** The medication's real name closest to what was typed, for "did you mean …?". */
function closestName(medication: Medication, typed: string): string {
  let best = medication.names[0]?.name ?? medication.generic;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const { name } of medication.names) {
    const d = osaDistance([...typed], [...normaliseMedicationText(name)]);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}

/** Recognises the medication in `text`, an anticoagulant first if the entry names several. */
export function recogniseMedication(
  text: string,
  list: readonly Medication[] = medications,
): MedicationRecognition {
  const trimmed = text.trim();
  if (trimmed === '') return { status: 'empty' };
  const normalised = normaliseMedicationText(trimmed);
  if (normalised === '') return { status: 'unrecognised', text: trimmed };

  const index = indexFor(list);
  const spans = spansOf(normalised, index.maxWords);
  const exact = exactHits(normalised, spans, index).sort(bySafetyThenPlace);
  const firstExact = exact[0];
  if (firstExact && isAnticoagulant(firstExact.entry.medication)) return recognised(trimmed, exact);

  // A typo of a blood thinner outranks an exact non-anticoagulant: asking costs the reader a click.
  const firstNear = nearHits(spans, exact, index).sort(bySafetyThenPlace)[0];
  if (firstNear && (isAnticoagulant(firstNear.entry.medication) || !firstExact)) {
    return nearMiss(trimmed, normalised, firstNear);
  }
  return firstExact ? recognised(trimmed, exact) : { status: 'unrecognised', text: trimmed };
}

function recognised(text: string, sortedHits: Hit[]): MedicationRecognition {
  const medicines = [...new Set(sortedHits.map((h) => h.entry.medication))];
  const { medication, matched, kind } = (sortedHits[0] as Hit).entry;
  return { status: 'recognised', text, medication, matched, matchedKind: kind, others: medicines.slice(1) };
}

function nearMiss(text: string, normalised: string, hit: Hit): MedicationRecognition {
  const typed = normalised.slice(hit.start, hit.end);
  const medication = hit.entry.medication;
  return { status: 'near-miss', text, medication, suggestion: closestName(medication, typed) };
}

// Folded, not normalised, so "Warfarin-natrium" stays distinct from "warfarin" in the list. Built on first use.
let suggestionKeys: { key: string; name: string; medication: Medication }[] | undefined;

/** Names (never misspellings) for a combobox: those starting with the query first, then containing it. */
export function suggestMedications(
  query: string,
  limit = 6,
): Array<{ name: string; medication: Medication }> {
  const q = normaliseMedicationText(query);
  if (letterCount(q) < 2) return [];
  const starts: Array<{ name: string; medication: Medication }> = [];
  const contains: Array<{ name: string; medication: Medication }> = [];
  const seen = new Set<string>();
  suggestionKeys ??= medications.flatMap((medication) =>
    medication.names.map(({ name }) => ({ key: fold(name), name, medication })),
  );
  for (const { key, name, medication } of suggestionKeys) {
    if (seen.has(key)) continue;
    if (key.startsWith(q)) starts.push({ name, medication });
    else if (key.includes(q)) contains.push({ name, medication });
    else continue;
    seen.add(key);
  }
  return [...starts, ...contains].slice(0, limit);
}

/** The classes of every medicine recognised in the entry; none for near misses until confirmed. */
export function medicationClasses(rec: MedicationRecognition): MedicationClass[] {
  if (rec.status !== 'recognised') return [];
  const classes = [rec.medication, ...rec.others].flatMap((m) => m.classes);
  return [...new Set(classes)];
}
