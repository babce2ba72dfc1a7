import { describe, expect, test } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import { isQuestionVisible, visibleAnswers } from '../../src/rules/visibility';
import type { Answers } from '../../src/schema/answers';

const question = (id: string) => d3k2.pack.questions.find((q) => q.id === id)!;
const shown = (id: string, answers: Answers) => isQuestionVisible(d3k2, answers, question(id));

describe('which questions a reader is asked', () => {
  test('a question without a condition is always asked', () => {
    expect(shown('age', {})).toBe(true);
  });

  test('menopause is asked of everyone, with an answer for readers it does not apply to', () => {
    expect(shown('menopause', {})).toBe(true);
    expect(question('menopause')).toMatchObject({
      options: expect.arrayContaining([{ id: 'not_applicable', label: "Doesn't apply to me" }]),
    });
  });

  test.each([
    ['d3', true],
    ['k2', false],
    ['none', false],
  ])('the D3 strength is asked of a reader who ticks "%s": %s', (supplement, expected) => {
    expect(shown('d3_strength', { supplements: [supplement] })).toBe(expected);
  });

  test('the D3 strength is not asked while supplements are skipped', () => {
    expect(shown('d3_strength', {})).toBe(false);
  });

  test('the K2 form is asked only once K2 is ticked', () => {
    expect(shown('k2_form', { supplements: ['d3'] })).toBe(false);
    expect(shown('k2_form', { supplements: ['d3', 'k2'] })).toBe(true);
  });
});

describe('answers sent to the rules', () => {
  test('drop answers to questions that became hidden, and keep the rest', () => {
    const answers: Answers = {
      menopause: 'after',
      supplements: ['d3'],
      k2_form: 'mk4',
      age: 70,
    };
    expect(visibleAnswers(d3k2, answers)).toEqual({ menopause: 'after', supplements: ['d3'], age: 70 });
  });

  test('drop answers to questions the pack does not have', () => {
    expect(visibleAnswers(d3k2, { age: 40, shoe_size: 42 })).toEqual({ age: 40 });
  });
});
