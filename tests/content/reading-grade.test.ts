import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { describe, expect, test } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import { en } from '../../src/ui/messages/en';
import { messageStrings } from './message-strings';

/** The words of a text, `{placeholders}` left out: the reader's answer or a name fills them. */
const wordsOf = (text: string) => text.replace(/\{[^}]*\}/g, ' ').match(/[A-Za-z0-9'’-]+/g) ?? [];

/** Flesch–Kincaid grade of one text: sentences end at . ! ? : or ; */
function grade(text: string): number {
  const bare = text.replace(/\{[^}]*\}/g, ' ');
  const sentence = bare.split(/[.!?:;]+(?:\s|$)/).filter((s) => /[A-Za-z0-9]/.test(s)).length || 1;
  const words = wordsOf(bare);
  return fleschKincaid({
    sentence,
    word: words.length,
    syllable: words.reduce((n, w) => n + syllable(w), 0),
  });
}

// The goals: grade 8 for any text read as sentences, 6 for titles, headings, options and
// buttons. The formula only means something for a phrase of a few words: for one of one to three it
// measures syllables per word alone ("Copy" scores 8.4, "Medicines" 20.2), so those are left to the
// banned-jargon list (tests/content/d3-k2-wording.test.ts).
const BODY_LIMIT = 8;
const TITLE_LIMIT = 6;
const MIN_WORDS = 4;

type Text = [where: string, text: string];

const { pack } = d3k2;

/** Texts read as sentences: card bodies, questions for the prescriber, evidence notes, pointer lines, questions, hints. */
const bodies: Text[] = [
  ...pack.caveats.flatMap((c): Text[] => [
    [`caveats.${c.id}.body`, c.body],
    ...(c.ask ? [[`caveats.${c.id}.ask`, c.ask] as Text] : []),
    ...(c.evidence ? [[`caveats.${c.id}.evidence.note`, c.evidence.note] as Text] : []),
  ]),
  ...(pack.pointers ?? []).map((p, i): Text => [`pointers[${i}].line`, p.line]),
  ...pack.questions.flatMap((q): Text[] => [
    [`questions.${q.id}.label`, q.label],
    ...(q.hint ? [[`questions.${q.id}.hint`, q.hint] as Text] : []),
    ...(q.notice ? [[`questions.${q.id}.notice`, q.notice.text] as Text] : []),
    ...(q.unansweredReason ? [[`questions.${q.id}.unansweredReason`, q.unansweredReason] as Text] : []),
  ]),
  ...Object.entries(pack.medicationReasons).map(([k, v]): Text => [`medicationReasons.${k}`, v]),
];

/** Titles, headings, options, "why" lines. */
const titles: Text[] = [
  ['title', pack.title],
  ...pack.steps.map((s): Text => [`steps.${s.id}`, s.title]),
  ...pack.caveats.flatMap((c): Text[] => [
    [`caveats.${c.id}.title`, c.title],
    ...(c.evidence ? [[`caveats.${c.id}.evidence.area`, c.evidence.area] as Text] : []),
  ]),
  ...pack.questions.flatMap((q): Text[] => [
    ...('reason' in q ? [[`questions.${q.id}.reason`, q.reason] as Text] : []),
    ...('options' in q ? q.options.map((o): Text => [`questions.${q.id}.${o.id}`, o.label]) : []),
    ...('shortcuts' in q
      ? q.shortcuts.map((s, i): Text => [`questions.${q.id}.shortcuts[${i}]`, s.label])
      : []),
  ]),
];

/** Every string of the English catalog, by its path: a sentence if it ends like one, else a label. */
const messages = (value: unknown): Text[] => messageStrings(value, 'en');
const isSentence = ([, text]: Text) => /[.!?]$/.test(text.trim());

const graded = (texts: Text[]) => texts.filter(([, text]) => wordsOf(text).length >= MIN_WORDS);

describe('the D3 + K2 pack and the widget read in plain words', () => {
  test.each(graded([...bodies, ...messages(en).filter(isSentence)]))(
    `%s reads at grade ${BODY_LIMIT} or lower`,
    (_where, text) => {
      expect(grade(text)).toBeLessThanOrEqual(BODY_LIMIT);
    },
  );

  test.each(graded([...titles, ...messages(en).filter((m) => !isSentence(m))]))(
    `%s reads at grade ${TITLE_LIMIT} or lower`,
    (_where, text) => {
      expect(grade(text)).toBeLessThanOrEqual(TITLE_LIMIT);
    },
  );

  test('every card body, title and option of four words or more is graded', () => {
    const checked = graded([...bodies, ...titles]).map(([where]) => where);
    for (const c of pack.caveats) {
      expect(checked).toContain(`caveats.${c.id}.body`);
      expect(checked).toContain(`caveats.${c.id}.title`);
    }
    expect(checked.length).toBeGreaterThan(100);
  });

  test('the grade rises with long sentences and long words, so a wordy text would fail', () => {
    expect(grade('Take a test. It shows where you start.')).toBeLessThan(4);
    expect(grade('Your last vitamin D test: {answer}')).toBeLessThan(TITLE_LIMIT);
    expect(grade('Arterial calcification reduction (K2)')).toBeGreaterThan(TITLE_LIMIT);
    expect(
      grade(
        'Supplementation with pharmacological concentrations of menaquinone demonstrates considerable interindividual variability regarding osteocalcin carboxylation.',
      ),
    ).toBeGreaterThan(BODY_LIMIT);
  });
});
