/**
 * Recognises a medication from what a reader types off a pill bottle, offline: brand and generic
 * names in many countries and scripts, common misspellings, and near misses ("did you mean …?").
 * Safety first: when one entry names several medicines, one of a class the list declares critical is
 * reported first.
 */
import type { Medication, MedicationClasses, MedicationName } from '../schema/medication';
import { removeDosingLanguage } from '../text/dosing-guard';
import { fold, normaliseMedicationText } from '../text/normalise';
import { readAcrossScripts, type ScriptMatch } from './across-scripts';
import { memo } from './memo';
import { type ClassStem, stemOf } from './stems';

/** What the reader typed, as recognition reports it back. */
type Typed = {
  /** Exactly the text given, as the reader typed it: untrusted, so escape it wherever it is shown. */
  typed: string;
  /** The same without any strength or amount, for showing back ("Coumadin 5 mg" → "Coumadin"); may be empty. */
  doseFree: string;
  /** @deprecated The earlier name of `doseFree`, the same text; kept for partners' code. */
  shown: string;
};

export type MedicationRecognition =
  | { status: 'empty' }
  | (Typed & {
      status: 'recognised';
      medication: Medication;
      /** The name or misspelling that matched, as written in the data. */
      matched: string;
      matchedKind: MedicationName['kind'] | 'misspelling';
      /** Other medicines found in the same entry, most safety-relevant first, each with the name that matched. */
      others: Pick<Match, 'medication' | 'matched'>[];
    })
  | (Typed & {
      status: 'near-miss';
      medication: Medication;
      /** The closest real name, for "did you mean …?"; never a misspelling. */
      suggestion: string;
    })
  | (Typed & {
      status: 'stem';
      /** The reader's word that carries the stem, normalised, e.g. "zorbaxaban". */
      word: string;
      /** The stem and the classes it stands for: probably of those classes, not confirmed. */
      stem: ClassStem;
    })
  | (Typed & { status: 'unrecognised' });

/** What an entry's key stands for, as a recognition reports it. */
type Match = Pick<
  Extract<MedicationRecognition, { status: 'recognised' }>,
  'medication' | 'matched' | 'matchedKind'
>;
/** A name or misspelling: `key` normalised, its characters and letter count for the distance. */
type Entry = { key: string; chars: string[]; charSet: ReadonlySet<string>; letters: number; match: Match };
/**
 * Entries by key, in list order (names before misspellings), the same by letter count (the near-miss
 * search compares a span only with keys of about its length), and the most words a key has.
 */
type Index = {
  byKey: Map<string, Entry>;
  byLetters: Map<number, Entry[]>;
  /** Keys in scripts written without spaces, found anywhere in a text. */
  unspaced: Entry[];
  maxWords: number;
};
type Span = { text: string; start: number; end: number };
type Hit = { entry: Entry; start: number; end: number; distance: number };

// Scripts written without spaces between words: a name is found anywhere inside the text.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

const letterCount = (s: string) => [...s.replace(/ /g, '')].length;

function buildIndex(list: readonly Medication[]): Index {
  const byKey = new Map<string, Entry>();
  let maxWords = 1;
  const add = (medication: Medication, matched: string, matchedKind: Match['matchedKind']) => {
    const key = normaliseMedicationText(matched);
    // First one wins: names are added before misspellings, so a name is what `matched` reports.
    if (key === '' || byKey.has(key)) return;
    byKey.set(key, {
      key,
      chars: [...key],
      charSet: new Set(key),
      letters: letterCount(key),
      match: { medication, matched, matchedKind },
    });
    maxWords = Math.max(maxWords, key.split(' ').length);
  };
  for (const medication of list) for (const { name, kind } of medication.names) add(medication, name, kind);
  for (const medication of list)
    for (const misspelling of medication.misspellings) add(medication, misspelling, 'misspelling');
  const byLetters = new Map<number, Entry[]>();
  for (const entry of byKey.values()) {
    if (allowedTypos(entry.letters) === 0) continue;
    byLetters.set(entry.letters, [...(byLetters.get(entry.letters) ?? []), entry]);
  }
  const unspaced = [...byKey.values()].filter((entry) => UNSPACED.test(entry.key));
  return { byKey, byLetters, unspaced, maxWords };
}

// Built on first use, not at load (the first step needs no medicines), then kept: recognition runs per keystroke.
const indexFor = memo(buildIndex);

/** Every run of up to `maxWords` consecutive words, with character offsets for ordering. */
function spansOf(normalised: string, maxWords: number): Span[] {
  const words = [...normalised.matchAll(/\S+/g)].map((w) => ({ start: w.index, end: w.index + w[0].length }));
  return words.flatMap(({ start }, i) =>
    words.slice(i, i + maxWords).map(({ end }) => ({ text: normalised.slice(start, end), start, end })),
  );
}

/**
 * Optimal-string-alignment distance (edits plus swaps of neighbouring letters), or `max + 1` as soon
 * as it must exceed `max`: it runs for every name on every keystroke, so it stops early.
 */
function osaDistance(a: string[], b: string[], max = Number.POSITIVE_INFINITY): number {
  // above[j], before[j]: the distance between a's first i - 1 (i - 2) characters and b's first j; `row`
  // is filled for a's first i. Three rows reused, and the row's least value kept as it is filled.
  let before: number[] = [];
  let above = Array.from({ length: b.length + 1 }, (_, j) => j);
  let row: number[] = [];
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const swapped = a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1];
      const distance = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
        swapped ? (before[j - 2] as number) + 1 : Number.POSITIVE_INFINITY,
      );
      row[j] = distance;
      if (distance < least) least = distance;
    }
    if (least > max) return max + 1;
    const spare = before;
    before = above;
    above = row;
    row = spare;
  }
  return Math.min(above[b.length] as number, max + 1);
}

/** How many typos a name tolerates: none under 4 letters, 1 up to 6 letters, 2 from 7. */
const allowedTypos = (letters: number) => (letters < 4 ? 0 : letters <= 6 ? 1 : 2);

/**
 * What recognition reads: the medication list and the classes it declares (an article's `Content`
 * is one). The classes say which medicines must never be missed, and the stems of names it lacks.
 */
export type MedicationBook = { medications: readonly Medication[]; classes: MedicationClasses };

/**
 * How a book ranks a medicine, lower first: a critical class's medicines in the order the classes are
 * declared (one a reader could not name after the named ones), then any other classed one, then the rest.
 */
type Ranking = { rank: (medication: Medication) => number; critical: (medication: Medication) => boolean };

const rankingFor = memo((classes: MedicationClasses): Ranking => {
  const criticalRank = new Map(classes.filter((c) => c.critical).map((c, i) => [c.id, i] as const));
  const critical = (medication: Medication) => medication.classes.some((c) => criticalRank.has(c));
  const rank = (medication: Medication) => {
    const ranks = medication.classes.flatMap((c) => criticalRank.get(c) ?? []);
    if (ranks.length > 0) return Math.min(...ranks) + (medication.unnamed ? 0.5 : 0);
    return criticalRank.size + (medication.classes.length > 0 ? 0 : 1);
  };
  return { rank, critical };
});

const bySafetyThenPlace = (ranking: Ranking) => (a: Hit, b: Hit) =>
  ranking.rank(a.entry.match.medication) - ranking.rank(b.entry.match.medication) ||
  a.distance - b.distance ||
  a.start - b.start ||
  b.end - a.end;

function exactHits(normalised: string, spans: Span[], index: Index, ranking: Ranking): Hit[] {
  const hits: Hit[] = [];
  for (const span of spans) {
    const entry = index.byKey.get(span.text);
    if (entry) hits.push({ ...span, entry, distance: 0 });
  }
  if (UNSPACED.test(normalised)) {
    for (const entry of index.unspaced) {
      const start = normalised.indexOf(entry.key);
      if (start >= 0) hits.push({ entry, start, end: start + entry.key.length, distance: 0 });
    }
  }
  return hits.sort(bySafetyThenPlace(ranking));
}

const MOST_TYPOS = 2;

/**
 * How many of `chars` the entry's key lacks, counted up to `max + 1`: each needs an edit of its own,
 * so this is a cheap lower bound on the distance that rules most keys out before the costly one.
 */
function lettersMissing(chars: string[], entry: Entry, max: number): number {
  let missing = 0;
  for (const c of chars) if (!entry.charSet.has(c) && ++missing > max) break;
  return missing;
}

/** Entries whose letter count is within the most typos any name allows of `letters`, in list order. */
function nearbyEntries(index: Index, letters: number): Entry[] {
  const nearby: Entry[] = [];
  for (let n = letters - MOST_TYPOS; n <= letters + MOST_TYPOS; n++)
    nearby.push(...(index.byLetters.get(n) ?? []));
  return nearby;
}

/** The closest entries for each span that no exact hit covers, within the typo allowance. */
function nearHits(spans: Span[], covered: Hit[], index: Index, ranking: Ranking): Hit[] {
  const hits: Hit[] = [];
  for (const span of spans) {
    const letters = letterCount(span.text);
    if (letters < 4 || covered.some((h) => span.start < h.end && h.start < span.end)) continue;
    const chars = [...span.text];
    let best: Hit[] = [];
    for (const entry of nearbyEntries(index, letters)) {
      const allowed = allowedTypos(entry.letters);
      if (Math.abs(entry.letters - letters) > allowed || lettersMissing(chars, entry, allowed) > allowed)
        continue;
      const distance = osaDistance(chars, entry.chars, allowed);
      if (distance > allowed || (best[0] && distance > best[0].distance)) continue;
      const hit = { ...span, entry, distance };
      best = best[0] && distance === best[0].distance ? [...best, hit] : [hit];
    }
    hits.push(...best);
  }
  return hits.sort(bySafetyThenPlace(ranking));
}

/**
 * Recognises the medication in `text` among the book's list, one of a critical class first if the entry
 * names several. The book is an article's `Content` (e.g. `d3k2`): its classes say what must never be missed.
 */
export function recogniseMedication(text: string, book: MedicationBook): MedicationRecognition {
  if (Array.isArray(book))
    throw new TypeError(
      'recogniseMedication(text, book): pass the article (e.g. d3k2), whose list declares its classes, not its list alone',
    );
  const trimmed = text.trim();
  if (trimmed === '') return { status: 'empty' };
  const doseFree = removeDosingLanguage(trimmed);
  const typed = { typed: text, doseFree, shown: doseFree };
  const normalised = normaliseMedicationText(trimmed);
  const { medications: list, classes } = book;
  const index = indexFor(list);
  const ranking = rankingFor(classes);
  const isCritical = (hit: Hit | undefined) =>
    hit !== undefined && ranking.critical(hit.entry.match.medication);
  const spans = spansOf(normalised, index.maxWords);
  const exact = exactHits(normalised, spans, index, ranking);
  const criticalFound = isCritical(exact[0]);
  const across = criticalFound ? [] : readAcrossScripts(trimmed, list);
  if (across[0]) return readInAnotherSpelling(typed, across, exact);
  // A typo of a critical medicine outranks an exact other one: asking costs the reader a click.
  const near = criticalFound ? undefined : nearHits(spans, exact, index, ranking)[0];
  // A word the list does not know but with a stem outranks anything but a critical medicine or a
  // one-letter typo of one ("daltiparin" is asked about as dalteparin; "velogatran" is a stem).
  const stem = criticalFound ? undefined : stemHit(normalised, exact, classes);
  if (near && isCritical(near) && (!stem || near.distance < 2)) return nearMiss(typed, near, normalised);
  if (stem) return { status: 'stem', ...typed, ...stem };
  if (near && !exact[0]) return nearMiss(typed, near, normalised);
  if (!exact[0]) return { status: 'unrecognised', ...typed };
  // One per medicine, by its first hit: hits come most safety-relevant, closest and earliest first.
  const found = new Map<Medication, string>();
  for (const { entry } of exact)
    if (!found.has(entry.match.medication)) found.set(entry.match.medication, entry.match.matched);
  const others = [...found].slice(1).map(([medication, matched]) => ({ medication, matched }));
  return { status: 'recognised', ...typed, ...exact[0].entry.match, others };
}

/**
 * A medicine read in another script or spelling: recognised, its `matched` the reader's own word, read
 * as a misspelling is ("You entered “وارفارين”, which we read as warfarin…"); the entry's other
 * medicines follow it.
 */
function readInAnotherSpelling(typed: Typed, across: ScriptMatch[], exact: Hit[]): MedicationRecognition {
  const [first, ...rest] = across as [ScriptMatch, ...ScriptMatch[]];
  const others = new Map<Medication, string>();
  for (const { medication, written } of rest) others.set(medication, written);
  for (const { entry } of exact) others.set(entry.match.medication, entry.match.matched);
  others.delete(first.medication);
  return {
    status: 'recognised',
    ...typed,
    medication: first.medication,
    matched: first.written,
    matchedKind: 'misspelling',
    others: [...others].map(([medication, matched]) => ({ medication, matched })),
  };
}

function nearMiss(typed: Typed, near: Hit, normalised: string): MedicationRecognition {
  const { medication } = near.entry.match;
  const suggestion = closestName(medication, normalised.slice(near.start, near.end));
  return { status: 'near-miss', ...typed, medication, suggestion };
}

/** The first word no exact hit covers that carries one of the classes' stems. */
function stemHit(
  normalised: string,
  covered: Hit[],
  classes: MedicationClasses,
): { word: string; stem: ClassStem } | undefined {
  for (const w of normalised.matchAll(/\S+/g)) {
    const [start, end] = [w.index, w.index + w[0].length];
    if (covered.some((h) => start < h.end && h.start < end)) continue;
    const stem = stemOf(w[0], classes);
    if (stem) return { word: w[0], stem };
  }
  return undefined;
}

/** The medication's real name closest to what was typed, for "did you mean …?". */
function closestName(medication: Medication, typed: string): string {
  let best = medication.generic;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const { name } of medication.names) {
    const d = osaDistance([...typed], [...normaliseMedicationText(name)]);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}

type Suggestion = { name: string; medication: Medication };

// By folded name, not normalised, so "Warfarin-natrium" stays distinct from "warfarin". Built on first use.
const suggestionsFor = memo((list: readonly Medication[]) => {
  const byName = new Map<string, Suggestion>();
  for (const medication of list) {
    for (const { name } of medication.names) {
      const key = fold(name);
      if (!byName.has(key)) byName.set(key, { name, medication });
    }
  }
  return byName;
});

/** Names (never misspellings) for a combobox: those starting with the query first, then containing it. */
export function suggestMedications(query: string, list: readonly Medication[], limit = 6): Suggestion[] {
  const q = normaliseMedicationText(query);
  if (letterCount(q) < 2) return [];
  const found = [...suggestionsFor(list)].filter(([key]) => key.includes(q));
  const startsFirst = [
    ...found.filter(([key]) => key.startsWith(q)),
    ...found.filter(([key]) => !key.startsWith(q)),
  ];
  return startsFirst.slice(0, limit).map(([, suggestion]) => suggestion);
}
