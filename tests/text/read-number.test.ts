import { describe, expect, test } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import type { Question } from '../../src/schema/pack';
import { readNumber } from '../../src/text/read-number';

const age = d3k2.pack.questions.find((q) => q.id === 'age') as Extract<Question, { kind: 'number' }>;

describe('readNumber', () => {
  test.each([
    '72',
    ' 72 ',
    '72 years',
    '72 Years',
    '72years',
    '72 year',
    '72 yrs',
    '72 yr',
    '72 years old',
    '72 y.o.',
    // As a Spanish reader types it, with or without an "ñ" on the keyboard.
    '72 años',
    '72 AÑOS',
    '72años',
    '72 an\u0303os',
    '72 anos',
    '72 a.',
    '72 a',
    '72a',
  ])('"%s" reads as 72', (text) => {
    expect(readNumber(text, age)).toEqual({ value: 72 });
  });

  test.each([
    'seventy',
    '-3',
    '1e2',
    '72.5',
    '0x48',
    '72 months',
    '72 or 73',
    '0',
    '121',
    'setenta y dos',
    '72 añitos',
    '72 meses',
    '72,5 años',
    'tengo 72',
    '72 años y medio',
    '72 an',
  ])('"%s" is refused', (text) => {
    expect(readNumber(text, age)).toEqual({ invalid: true });
  });

  test('"1 año" reads as 1, on a question that allows it', () => {
    expect(readNumber('1 año', { min: 0, max: 5 })).toEqual({ value: 1 });
  });

  test('nothing typed is a skip', () => {
    expect(readNumber('  ', age)).toEqual({});
  });
});
