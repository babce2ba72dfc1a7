/**
 * Which questions a reader is asked: a question with `showIf` is shown only when its condition is
 * known to hold, so a skipped or "prefer not to say" answer keeps it hidden (menopause stays hidden
 * until the reader says female or intersex). Pure, so the UI and a partner's server agree.
 */
import type { Answers } from '../schema/answers';
import type { Pack, Question } from '../schema/pack';
import { contextFor } from './assess';
import { type Context, test } from './conditions';

const shows = (question: Question, ctx: Context) =>
  !question.showIf || test(question.showIf, ctx).value === true;

/** True when `question` is asked, given the answers so far. */
export function isQuestionShown(pack: Pack, answers: Answers, question: Question): boolean {
  return shows(question, contextFor(pack, answers));
}

/** `answers` without answers to questions that are hidden (or unknown): what to evaluate. */
export function shownAnswers(pack: Pack, answers: Answers): Answers {
  const ctx = contextFor(pack, answers);
  return Object.fromEntries(
    Object.entries(answers).filter(([id]) => {
      const question = ctx.questions.get(id);
      return question !== undefined && shows(question, ctx);
    }),
  );
}
