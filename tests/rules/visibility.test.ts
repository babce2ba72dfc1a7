import { describe, expect, test } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import { isQuestionShown, shownAnswers } from '../../src/rules/visibility';
import type { Answers } from '../../src/schema/answers';

const question = (id: string) => d3k2.pack.questions.find((q) => q.id === id)!;
const shown = (id: string, answers: Answers) => isQuestionShown(d3k2, answers, question(id));

describe('which questions a reader is asked', () => {
  test('a question without a condition is always asked', () => {
    expect(shown('age', {})).toBe(true);
  });

  test.each([
    ['female', true],
    ['intersex', true],
    ['male', false],
    ['prefer_not', false],
  ])('menopause is asked of a reader who answers sex "%s": %s', (sex, expected) => {
    expect(shown('menopause', { sex })).toBe(expected);
  });

  test('menopause is not asked while sex is skipped', () => {
    expect(shown('menopause', {})).toBe(false);
  });

  test('the K2 form is asked only once K2 is ticked', () => {
    expect(shown('k2_form', { supplements: ['d3'] })).toBe(false);
    expect(shown('k2_form', { supplements: ['d3', 'k2'] })).toBe(true);
  });
});

describe('answers sent to the rules', () => {
  test('drop answers to questions that became hidden, and keep the rest', () => {
    const answers: Answers = {
      sex: 'male',
      menopause: 'after',
      supplements: ['d3'],
      k2_form: 'mk4',
      age: 70,
    };
    expect(shownAnswers(d3k2, answers)).toEqual({ sex: 'male', supplements: ['d3'], age: 70 });
  });

  test('drop answers to questions the pack does not have', () => {
    expect(shownAnswers(d3k2, { age: 40, shoe_size: 42 })).toEqual({ age: 40 });
  });
});
