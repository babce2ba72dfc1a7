/**
 * Which questions a reader is asked: a question with `showIf` is visible only when its condition is
 * known to hold, so a skipped or "prefer not to say" answer keeps it hidden (menopause stays hidden
 * until the reader says female or intersex). Pure, so the UI and a partner's server agree.
 */
import type { Answers } from '../schema/answers';
import type { Content } from '../schema/article';
import type { Question } from '../schema/pack';
import { decide } from './conditions';
import { contextFor } from './context';
import type { Context } from './types';

const visible = (question: Question, ctx: Context) =>
  !question.showIf || decide(question.showIf, ctx).value === true;

/** True when `question` is asked, given the answers so far. */
export function isQuestionVisible(content: Content, answers: Answers, question: Question): boolean {
  return visible(question, contextFor(content, answers));
}

/** `answers` without answers to questions that are hidden (or unknown): what to evaluate. */
export function visibleAnswers(content: Content, answers: Answers): Answers {
  const ctx = contextFor(content, answers);
  return Object.fromEntries(
    Object.entries(answers).filter(([id]) => {
      const question = ctx.questions.get(id);
      return question !== undefined && visible(question, ctx);
    }),
  );
}

/** The note to show under `question` for the answers so far (its `notice`, while its condition holds). */
export function questionNotice(content: Content, answers: Answers, question: Question): string | undefined {
  const { notice } = question;
  return notice && decide(notice.when, contextFor(content, answers)).value === true ? notice.text : undefined;
}

/**
 * @deprecated The earlier name of {@link isQuestionVisible}; kept for partners' code.
 * @alias
 */
export const isQuestionShown = isQuestionVisible;
/**
 * @deprecated The earlier name of {@link visibleAnswers}; kept for partners' code.
 * @alias
 */
export const shownAnswers = visibleAnswers;
