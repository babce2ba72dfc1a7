// The Spanish widget in plain words: Fernández-Huerta reading ease of 70 ("bastante fácil") or more for
// every card body and every other text read as sentences, as the English grade test covers them.
import { describe, expect, test } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import { es } from '../../src/ui/messages/es';
import { readingEase, wordsOf } from '../../tools/readability/fernandez-huerta';
import { messageStrings } from './message-strings';

const TARGET = 70;
// As in English: on one to three words the formula measures syllables per word alone.
const MIN_WORDS = 4;

type Text = [where: string, text: string];

const table = Object.entries(d3k2.translations?.es?.text ?? {});
/** The pack's texts read as sentences: what the English grade test grades as bodies. */
const SENTENCE_KEYS =
  /^caveats\.[^.]+\.(?:body|ask|evidence\.note)$|^pointers\.[^.]+\.line$|^questions\.[^.]+\.(?:label|hint|notice\.text|unansweredReason)$|^medicationReasons\./;
const packSentences: Text[] = table.filter(([key]) => SENTENCE_KEYS.test(key));
const catalogSentences: Text[] = messageStrings(es).filter(([, text]) => /[.!?]$/.test(text.trim()));
const graded = [...packSentences, ...catalogSentences].filter(
  ([, text]) => wordsOf(text).length >= MIN_WORDS,
);

describe('the Spanish pack and catalog read easily', () => {
  test.each(graded)(`%s reads at ${TARGET} or more`, (_where, text) => {
    expect(readingEase(text)).toBeGreaterThanOrEqual(TARGET);
  });

  test('every card body is graded, and the sentences of the catalog', () => {
    const keys = graded.map(([where]) => where);
    for (const c of d3k2.pack.caveats) expect(keys).toContain(`caveats.${c.id}.body`);
    expect(catalogSentences.length).toBeGreaterThan(10);
  });

  test('a dense text would fail', () => {
    expect(
      readingEase(
        'La suplementación con concentraciones farmacológicas de menaquinona demuestra una considerable variabilidad interindividual en la carboxilación de la osteocalcina.',
      ),
    ).toBeLessThan(TARGET);
  });
});
