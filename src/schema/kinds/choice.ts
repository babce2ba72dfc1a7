import * as z from 'zod/mini';
import { DisplayText } from '../display-text';
import { Id } from '../ids';
import { Option, questionBase, Reason } from '../question-base';
import type { QuestionKind } from './kind';

export const ChoiceQuestion = z.strictObject({
  ...questionBase,
  kind: z.enum(['single', 'multi']),
  reason: Reason,
  options: z.array(Option).check(z.minLength(2)),
  /**
   * Asked as one row of a group (of `groups`) with the questions next to it in the same group, under
   * its short `legend` (the food); `label` still names it in the reader's answers.
   */
  row: z.optional(z.strictObject({ group: Id, legend: DisplayText })),
});
export type ChoiceQuestion = z.infer<typeof ChoiceQuestion>;

/** `z.enum` of a question's option ids, with a message that lists them. */
export const oneOf = (ids: string[]) =>
  z.enum(ids as [string, ...string[]], `Expected one of: ${ids.join(', ')}`);
export const optionIds = (question: { options: { id: string }[] }) => question.options.map((o) => o.id);

function multiAnswer(question: ChoiceQuestion) {
  const exclusive = question.options.filter((o) => o.exclusive).map((o) => o.id);
  return z.array(oneOf(optionIds(question))).check(
    z.refine((ids) => new Set(ids).size === ids.length, {
      message: 'An option is ticked twice',
      params: { code: 'repeated_option' },
    }),
    z.refine((ids) => ids.length < 2 || !ids.some((id) => exclusive.includes(id)), {
      message: `${exclusive.join(' / ')} cannot be combined with other options`,
      params: { code: 'exclusive_option' },
    }),
  );
}

/** One option (`single`), or any options with the `exclusive` ones alone (`multi`). */
export const choice = {
  names: ['single', 'multi'],
  question: ChoiceQuestion,
  predicates: ['choice', 'unanswered'],
  choiceIds: optionIds,
  answer: (question) => (question.kind === 'single' ? oneOf(optionIds(question)) : multiAnswer(question)),
  references(question, path, { groupIds }, fail) {
    if (!question.row) return;
    if (!groupIds.has(question.row.group))
      fail([...path, 'row', 'group'], `Unknown group "${question.row.group}"`, 'unknown_reference');
    // A row is one set of radios beside the others: a multi-choice question does not fit one.
    if (question.kind !== 'single')
      fail([...path, 'row'], 'Only a single-choice question can be a row of a group', 'wrong_question_kind');
  },
} satisfies QuestionKind<ChoiceQuestion>;
