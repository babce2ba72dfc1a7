import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { describe, expect, test } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';

/** Flesch–Kincaid grade of one text: sentences end at . ! ? : or ; */
function grade(text: string): number {
  const sentence = text.split(/[.!?:;]+(?:\s|$)/).filter((s) => s.trim()).length || 1;
  const words = text.match(/[A-Za-z0-9'’-]+/g) ?? [];
  return fleschKincaid({
    sentence,
    word: words.length,
    syllable: words.reduce((n, w) => n + syllable(w), 0),
  });
}

// The goal is grade 8 for a card's body and 6 for its title. The names the article is about (vitamin,
// osteocalcin, menopause, calcium) weigh heavily in the formula, so the limits are a little above it.
const BODY_LIMIT = 9.5;
const TITLE_LIMIT = 9;
const BODY_MEAN_LIMIT = 8;

describe('the D3 + K2 cards read at about grade 8', () => {
  const { caveats } = d3k2.pack;

  test.each(caveats.map((c) => [c.id, c.body] as const))(
    `"%s" has a body of grade ${BODY_LIMIT} or lower`,
    (_id, body) => {
      expect(grade(body)).toBeLessThanOrEqual(BODY_LIMIT);
    },
  );

  test.each(caveats.map((c) => [c.id, c.title] as const))(
    `"%s" has a title of grade ${TITLE_LIMIT} or lower`,
    (_id, title) => {
      expect(grade(title)).toBeLessThanOrEqual(TITLE_LIMIT);
    },
  );

  test(`the bodies average grade ${BODY_MEAN_LIMIT} or lower`, () => {
    const mean = caveats.reduce((sum, c) => sum + grade(c.body), 0) / caveats.length;
    expect(mean).toBeLessThanOrEqual(BODY_MEAN_LIMIT);
  });

  test('the grade rises with long sentences and long words, so a wordy body would fail', () => {
    expect(grade('Take a test. It shows where you start.')).toBeLessThan(4);
    expect(
      grade(
        'Supplementation with pharmacological concentrations of menaquinone demonstrates considerable interindividual variability regarding osteocalcin carboxylation.',
      ),
    ).toBeGreaterThan(BODY_LIMIT);
  });
});
