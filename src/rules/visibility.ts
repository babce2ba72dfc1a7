/**
 * Which questions a reader is asked: a question with `showIf` is shown only when its condition is
 * known to hold, so a skipped or "prefer not to say" answer keeps it hidden (menopause stays hidden
 * until the reader says female or intersex). Pure, so the UI and a partner's server agree.
 */
import type { Answers } from '../schema/answers';
import type { Content } from '../schema/article';
import type { Question } from '../schema/pack';
import { decide } from './conditions';
import { contextFor } from './context';
import type { Context } from './types';

const shows = (question: Question, ctx: Context) =>
  !question.showIf || decide(question.showIf, ctx).value === true;

/** True when `question` is asked, given the answers so far. */
export function isQuestionShown(content: Content, answers: Answers, question: Question): boolean {
  return shows(question, contextFor(content, answers));
}

/** `answers` without answers to questions that are hidden (or unknown): what to evaluate. */
export function shownAnswers(content: Content, answers: Answers): Answers {
  const ctx = contextFor(content, answers);
  return Object.fromEntries(
    Object.entries(answers).filter(([id]) => {
      const question = ctx.questions.get(id);
      return question !== undefined && shows(question, ctx);
    }),
  );
}

/** The note to show under `question` for the answers so far (its `notice`, while its condition holds). */
export function questionNotice(content: Content, answers: Answers, question: Question): string | undefined {
  const { notice } = question;
  return notice && decide(notice.when, contextFor(content, answers)).value === true ? notice.text : undefined;
}
