// The D3 + K2 article in Spanish decides as it does in English: through the headless API, each reader of
// the English stories (tests/content/stories.ts) gets the same findings, in the same order, and the
// same caveats not assessed, with the Spanish pack; and every finding's words, the card's and the why
// lines', are the Spanish table's (not the English left in), with no dosing language.
import { describe, expect, test } from 'vitest';
import {
  type Answers,
  d3k2,
  type Evaluation,
  evaluate,
  findDosingLanguage,
  type Pack,
} from '../../src/index';
import { caveatStories, storyReaders } from './stories';

const spanish = d3k2.locales.es as Pack;

/** Every reader of the stories, each once, by who they are. */
const readers: [reader: string, answers: Answers][] = [
  ...Object.entries(caveatStories).flatMap(([caveat, { shows, hides }]) =>
    [...shows, ...hides].map(([reader, answers]): [string, Answers] => [`${reader} (${caveat})`, answers]),
  ),
  ...Object.entries(storyReaders),
];

const inLocale = (pack: Pack, answers: Answers) => {
  const result: Evaluation = evaluate(
    { pack, medications: d3k2.medications, classes: d3k2.classes },
    structuredClone(answers),
  );
  if (!result.ok) throw new Error(`answers should be valid: ${JSON.stringify(result.issues)}`);
  return result;
};

/** What decides a reader's results, without any words: the caveats shown, in order, and those not assessed. */
const decided = (result: ReturnType<typeof inLocale>) => ({
  findings: result.findings.map((f) => f.caveat.id),
  notAssessed: result.notAssessed.map((n) => ({ caveat: n.caveat.id, missing: n.missing })),
});

describe('the D3 + K2 article in Spanish (es), evaluated in Node', () => {
  test('is a pack in Spanish, with the same caveats as the English one', () => {
    expect(spanish.locale).toBe('es');
    expect(spanish.caveats.map((c) => c.id)).toEqual(d3k2.pack.caveats.map((c) => c.id));
  });

  test(`covers every caveat: the ${readers.length} readers see each of them at least once`, () => {
    const seen = new Set(readers.flatMap(([, answers]) => decided(inLocale(spanish, answers)).findings));
    expect([...seen].sort()).toEqual(spanish.caveats.map((c) => c.id).sort());
  });

  test.each(readers)(
    '%s: the same findings, in order, and the same not assessed as in English',
    (_, answers) => {
      expect(decided(inLocale(spanish, answers))).toEqual(decided(inLocale(d3k2.pack, answers)));
    },
  );

  test.each(readers)('%s: every finding in Spanish words, none of them a dose', (_, answers) => {
    const english = inLocale(d3k2.pack, answers).findings;
    const words = inLocale(spanish, answers).findings.map((finding, i) => {
      const other = english[i];
      const because = finding.because.map((b) => b.text);
      return {
        caveat: finding.caveat.id,
        title: finding.caveat.title !== other?.caveat.title,
        body: finding.caveat.body !== other?.caveat.body,
        // Each why line is the Spanish template's, filled: none is the English one.
        because: because.every((text, j) => text !== other?.because[j]?.text),
        doses: findDosingLanguage([finding.caveat.title, finding.caveat.body, ...because].join('\n')),
        lines: because.length === (other?.because.length ?? -1),
      };
    });
    expect(words).toEqual(
      words.map(({ caveat }) => ({ caveat, title: true, body: true, because: true, doses: [], lines: true })),
    );
  });
});
