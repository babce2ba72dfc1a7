import * as z from 'zod/mini';
import { PackLocale } from './locale';
import type { Medication } from './medication';
import { type ExternalSource, type Pack, Review } from './pack';

/**
 * A locale's words for a pack, keyed by where each goes: "caveats.anticoagulant.body",
 * "questions.age.options.prefer_not", "medications.warfarin.generic". The structure (ids, rules,
 * conditions, sources' addresses) is written once, in the default locale's pack; a table holds only text.
 */
export const PackText = z.record(z.string(), z.string());
export type PackText = z.infer<typeof PackText>;

// A pack is plain JSON data; this copies it in any browser the widget supports (and in jsdom).
const copyOf = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** One place a text goes: its key, the default locale's words, and how to put a locale's words there. */
type Slot = { key: string; text: string; put(text: string): void };

const external = (sources: readonly ExternalSource[] | undefined, slot: (s: Slot) => void) => {
  // A source is named by its address: the same source on several cards is one key. Its title is the
  // work's own, in its own language, unless it has an official one in the locale's.
  for (const source of sources ?? [])
    for (const name of ['cite', 'publisher', 'title'] as const)
      slot({ key: `sources.${source.url}.${name}`, text: source[name], put: (t) => (source[name] = t) });
};

/** A locale of a pack: its words, and its own medical review (a clinician signs each locale). */
export const Translation = z.strictObject({ locale: PackLocale, review: Review, text: PackText });
export type Translation = z.infer<typeof Translation>;

/** Every text slot of `pack` (a copy the caller may change), in order. */
function slotsOf(pack: Pack, medications: readonly Medication[]): Slot[] {
  const slots: Slot[] = [];
  const slot = (s: Slot) => slots.push(s);
  const field = <T extends object, K extends keyof T & string>(key: string, of: T, name: K) => {
    if (typeof of[name] === 'string')
      slot({ key: `${key}.${name}`, text: of[name] as string, put: (t) => (of[name] = t as T[K]) });
  };
  slot({ key: 'title', text: pack.title, put: (t) => (pack.title = t) });
  field('article', pack.article, 'title');
  for (const s of pack.article.sections) field(`article.sections.${s.id}`, s, 'heading');
  for (const s of pack.steps) field(`steps.${s.id}`, s, 'title');
  for (const g of pack.groups ?? []) field(`groups.${g.id}`, g, 'label');
  for (const q of pack.questions) {
    const at = `questions.${q.id}`;
    for (const name of ['label', 'hint', 'unansweredReason'] as const) field(at, q, name);
    if ('reason' in q) field(at, q, 'reason');
    if (q.notice) field(`${at}.notice`, q.notice, 'text');
    if ('row' in q && q.row) field(`${at}.row`, q.row, 'legend');
    if ('options' in q)
      for (const o of q.options)
        slot({ key: `${at}.options.${o.id}`, text: o.label, put: (t) => (o.label = t) });
    if ('shortcuts' in q)
      for (const s of q.shortcuts)
        slot({ key: `${at}.shortcuts.${s.medication}`, text: s.label, put: (t) => (s.label = t) });
    if ('notes' in q) for (const name of ['stem', 'cut'] as const) field(`${at}.notes`, q.notes, name);
  }
  for (const c of pack.caveats) {
    const at = `caveats.${c.id}`;
    for (const name of ['title', 'body', 'ask'] as const) field(at, c, name);
    if (c.evidence) for (const name of ['area', 'note'] as const) field(`${at}.evidence`, c.evidence, name);
    external(c.sources.external, slot);
  }
  (pack.pointers ?? []).forEach((p, i) => {
    field(`pointers.${p.id ?? i}`, p, 'line');
    external(p.sources, slot);
  });
  for (const name of Object.keys(pack.medicationReasons) as (keyof Pack['medicationReasons'])[])
    field('medicationReasons', pack.medicationReasons, name);
  const text: NonNullable<Pack['medicationText']> = {};
  for (const m of medications) {
    const words = { generic: m.generic, description: m.description, ...pack.medicationText?.[m.id] };
    text[m.id] = words;
    field(`medications.${m.id}`, words, 'generic');
    field(`medications.${m.id}`, words, 'description');
  }
  pack.medicationText = text;
  return slots;
}

/**
 * The default locale's table: every text of `pack` and of its medicines, by key. A locale's table
 * must have exactly these keys, with the same `{placeholders}` in each.
 */
export function packText(pack: Pack, medications: readonly Medication[]): PackText {
  const seen = new Set<string>();
  return Object.fromEntries(
    slotsOf(copyOf(pack), medications)
      .filter(({ key }) => !seen.has(key) && seen.add(key))
      .map(({ key, text }) => [key, text]),
  );
}

/** A pack in another locale: `pack`'s structure with `text`'s words (a missing key keeps the default's, which the checker reports). */
export function packInLocale(
  pack: Pack,
  medications: readonly Medication[],
  { locale, review, text }: Translation,
): Pack {
  // A review is of the words: neither the pack's nor any caveat's carries over to another locale.
  const structure = copyOf(pack);
  const copy: Pack = {
    ...structure,
    locale,
    review,
    caveats: structure.caveats.map(({ review: _signedInDefault, ...caveat }) => caveat),
  };
  for (const slot of slotsOf(copy, medications)) {
    const words = text[slot.key];
    if (words !== undefined) slot.put(words);
  }
  return copy;
}

/**
 * The packs of every locale: the default one, and one per translation over its structure, each
 * assembled when first read, so a page in one locale never assembles another.
 */
export function packsByLocale(
  pack: Pack,
  medications: readonly Medication[],
  translations: Readonly<Record<string, Translation>>,
): Record<string, Pack> {
  const packs: Record<string, Pack> = { [pack.locale]: pack };
  for (const translation of Object.values(translations)) {
    let assembled: Pack | undefined;
    Object.defineProperty(packs, translation.locale, {
      enumerable: true,
      get: () => {
        assembled ??= packInLocale(pack, medications, translation);
        return assembled;
      },
    });
  }
  return packs;
}

/** The translations a build ships: one left out of a build for other locales is undefined. */
export const shipped = (
  translations: Readonly<Record<string, Translation | undefined>>,
): Record<string, Translation> =>
  Object.fromEntries(
    Object.entries(translations).filter((entry): entry is [string, Translation] => entry[1] !== undefined),
  );
