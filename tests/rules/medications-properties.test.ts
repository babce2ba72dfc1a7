import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import { medications } from '../../src/content/medications/list';
import { type MedicationRecognition, recogniseMedication } from '../../src/rules/medications';
import { CONFUSABLE_PAIRS } from '../../src/text/confusables';
import negatives from '../fixtures/medications/negatives.json';

const anticoagulants = medications.filter((m) => m.classes.includes('anticoagulant') && !m.unnamed);
/** Every name and misspelling of every anticoagulant, with its medicine's id. */
const anticoagulantNames = anticoagulants.flatMap((m) =>
  [...m.names.map((n) => n.name), ...m.misspellings].map((name) => ({ name, id: m.id })),
);
const idOf = (rec: MedicationRecognition) => ('medication' in rec ? rec.medication.id : undefined);

/** Confirmed as an anticoagulant: recognised as one, or one among the entry's other medicines. */
const confirmsAnticoagulant = (rec: MedicationRecognition) =>
  rec.status === 'recognised' &&
  [rec.medication, ...rec.others.map((o) => o.medication)].some((m) => m.classes.includes('anticoagulant'));

// Single-letter case changes only: "ß".toUpperCase() is "SS", which is another spelling, not another case.
const recase = (name: string, upper: boolean[]) =>
  [...name]
    .map((c, i) => {
      const changed = upper[i % upper.length] ? c.toUpperCase() : c.toLowerCase();
      return [...changed].length === 1 ? changed : c;
    })
    .join('');
// A combining accent after some Latin letters: "warfárin" is still warfarin.
const accent = (name: string, at: boolean[]) =>
  [...name].map((c, i) => (at[i % at.length] && /[a-z]/i.test(c) ? `${c}\u0301` : c)).join('');

const labelNoise = [
  '5 mg',
  '2.5mg',
  '40 mg/0.4 mL',
  '5000 IU',
  'tablets',
  'film-coated tablets',
  'injection',
  'prefilled syringe',
  'capsules',
  'oral',
];
const neutralWords = ['I take', 'my', 'prescribed', 'by my GP', 'for AF', 'from the pharmacy', '(new)', '-'];

describe('any anticoagulant name, however a reader writes it, is still that medicine', () => {
  test('random case, accents, spacing, trade marks, strengths, forms and words around it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...anticoagulantNames),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('', '™', '®', ' ®', '(R)'),
        fc.subarray(labelNoise, { maxLength: 2 }),
        fc.subarray(neutralWords, { maxLength: 2 }),
        fc.constantFrom(' ', '  ', '\t', ' \u00a0'),
        ({ name, id }, upper, accented, mark, noise, words, space) => {
          const written = [...words, recase(accent(name, accented), upper) + mark, ...noise].join(space);
          const rec = recogniseMedication(`${space}${written}${space}`, d3k2);
          expect(rec.status, written).toBe('recognised');
          expect(idOf(rec), written).toBe(id);
        },
      ),
      { numRuns: 1500 },
    );
  }, 30_000);

  // The inverse of the generated table: each Latin letter and the Cyrillic and Greek letters that look like it.
  const lookalikesOf = new Map<string, string[]>();
  for (const [from, to] of [...CONFUSABLE_PAIRS.matchAll(/(.)(.)/gu)].map((m) => [m[1], m[2]] as const)) {
    lookalikesOf.set(to as string, [...(lookalikesOf.get(to as string) ?? []), from as string]);
  }
  const latinNames = anticoagulantNames.filter(({ name }) => /^[a-z -]+$/i.test(name));

  test('any confusable rewrite (Cyrillic or Greek letters that look Latin) of a Latin name', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...latinNames),
        fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
        ({ name, id }, picks) => {
          const written = [...name.toLowerCase()]
            .map((c, i) => {
              const options = lookalikesOf.get(c) ?? [];
              const pick = picks[i % picks.length] as number;
              return options.length && pick % 2 ? (options[pick % options.length] as string) : c;
            })
            .join('');
          const rec = recogniseMedication(written, d3k2);
          expect(rec.status, written).toBe('recognised');
          expect(idOf(rec), written).toBe(id);
        },
      ),
      { numRuns: 1500 },
    );
  }, 30_000);

  test.each([
    ['wаrfarin', 'warfarin'], // Cyrillic а
    ['Хarelto', 'rivaroxaban'], // Cyrillic Х
    ['Εliquis', 'apixaban'], // Greek Ε
    ['Xarelto™', 'rivaroxaban'],
    ['ＥＬＩＱＵＩＳ', 'apixaban'],
    ['Pra\u200bdaxa', 'dabigatran'],
  ])('"%s" is %s', (typed, id) => {
    const rec = recogniseMedication(typed, d3k2);
    expect(rec.status).toBe('recognised');
    expect(idOf(rec)).toBe(id);
  });
});

describe('common medicines and look-alikes are never confirmed as anticoagulants', () => {
  const common: string[] = negatives.common;
  const lookalikes: string[] = negatives.lookalikes.map((l) => l.name);

  test('the test lists are large enough to mean something', () => {
    expect(new Set(common.map((c) => c.toLowerCase())).size).toBeGreaterThanOrEqual(150);
    expect(lookalikes.length).toBeGreaterThanOrEqual(50);
  });

  test.each([...common, ...lookalikes])('"%s"', (typed) => {
    expect(confirmsAnticoagulant(recogniseMedication(typed, d3k2))).toBe(false);
  });
});

describe('bad input never throws and keeps what was typed', () => {
  test.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['💊💊', 'unrecognised'],
    ['<script>alert(1)</script>', 'unrecognised'],
    ['\u200f\u202e', 'unrecognised'],
    ['a\u0000b', 'unrecognised'],
  ])('%j is %s', (typed, status) => {
    const rec = recogniseMedication(typed, d3k2);
    expect(rec.status).toBe(status);
    if (rec.status !== 'empty') expect(rec.typed).toBe(typed);
  });

  test('10,000 characters with a blood thinner at the end are still searched in full', () => {
    const rec = recogniseMedication(`${'lorem ipsum '.repeat(833)}warfarin`, d3k2);
    expect(idOf(rec)).toBe('warfarin');
  });
});
