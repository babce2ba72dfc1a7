import { describe, expect, test } from 'vitest';
import { readingEase, readingOf, sentencesOf, wordsOf } from '../../tools/readability/fernandez-huerta';

describe('Fernández-Huerta reading ease', () => {
  test('finds words as the English grade test does, numbers and hyphenated names whole', () => {
    expect(wordsOf('La D3 y la K2, ¿juntas?')).toEqual(['La', 'D3', 'y', 'la', 'K2', 'juntas']);
    expect(wordsOf('Unas 1.000 UI de MK-7, o 2,5 ml')).toEqual([
      'Unas',
      '1.000',
      'UI',
      'de',
      'MK-7',
      'o',
      '2,5',
      'ml',
    ]);
  });

  test('leaves placeholders out: a name or an answer fills them', () => {
    expect(wordsOf('Tiene {answer} años')).toEqual(['Tiene', 'años']);
    expect(readingOf('Usted toma {generic}.').words).toBe(2);
  });

  test('ends a sentence at . ! ? : or ; followed by a space or the end', () => {
    expect(sentencesOf('Uno: dos. Tres; cuatro? Cinco')).toBe(5);
    expect(sentencesOf('Unas 1.000 UI al año.')).toBe(1);
    expect(sentencesOf('')).toBe(1);
  });

  test('is the formula: 206.84 − 60 × syllables per word − 102 × sentences per word', () => {
    // "El sol sale." has 3 words, 4 syllables and 1 sentence: 206.84 − 60 × 4/3 − 102 × 1/3 = 92.84.
    expect(readingOf('El sol sale.')).toEqual({
      ease: expect.closeTo(92.84, 2),
      words: 3,
      sentences: 1,
      syllables: 4,
    });
    expect(readingEase('El sol sale.')).toBeCloseTo(92.84, 2);
    expect(readingEase('')).toBe(0);
  });

  test('scores long words and long sentences lower, so a dense text would fail a target of 70', () => {
    expect(readingEase('La K2 ayuda a llevar el calcio a los huesos.')).toBeGreaterThan(70);
    expect(
      readingEase(
        'La suplementación con concentraciones farmacológicas de menaquinona demuestra una considerable variabilidad interindividual.',
      ),
    ).toBeLessThan(40);
  });
});
