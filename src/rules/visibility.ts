/**
 * Which questions a reader is asked: a question with `showIf` is shown only when its condition is
 * known to hold, so a skipped or "prefer not to say" answer keeps it hidden (menopause stays hidden
 * until the reader says female or intersex). Pure, so the UI and a partner's server agree.
 */
import { medications } from '../content/medications';
import type { Answers } from '../schema/answers';
import type { Pack, Question } from '../schema/pack';
import { type Context, test } from './conditions';
import { recogniseMedication } from './medications';

const byId = new Map(medications.map((m) => [m.id, m]));

function contextFor(pack: Pack, answers: Answers): Context {
  return {
    pack,
    questions: new Map(pack.questions.map((q) => [q.id, q])),
    answers,
    shown: new Map(),
    recognise: (entry) => {
      const chosen = entry.id ? byId.get(entry.id) : undefined;
      return { recognition: recogniseMedication(entry.typed), ...(chosen && { chosen }) };
    },
  };
}

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
