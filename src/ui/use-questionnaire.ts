import { useState } from 'preact/hooks';
import type { Answers, AnswerValue } from '../schema/answers';
import type { Pack, Question } from '../schema/pack';
import { uiKindOf } from './question-kinds';

type State = {
  answers: Answers;
  /** Text typed into number questions, kept while it is not (yet) a valid answer. */
  drafts: Record<string, string>;
  /** Index into the pack's steps; `steps.length` is the results view. */
  step: number;
  /** The reader came from the results to change one answer: Next takes them straight back. */
  editing: boolean;
};
function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _dropped, ...rest } = record;
  return rest;
}
// A missing key means "skipped", so an answer cleared to `undefined` is removed, not stored.
const withAnswer = (answers: Answers, id: string, value: AnswerValue | undefined): Answers =>
  value === undefined ? without(answers, id) : { ...answers, [id]: value };

const START: State = { answers: {}, drafts: {}, step: 0, editing: false };

/** The reader's answers and place in the flow. Held in memory only: never stored or sent. */
export function useQuestionnaire(pack: Pack) {
  const [state, setState] = useState<State>(START);
  return {
    ...state,
    atResults: state.step >= pack.steps.length,
    setAnswer: (id: string, value: AnswerValue | undefined) =>
      setState((s) => ({
        ...s,
        answers: withAnswer(s.answers, id, value),
        drafts: without(s.drafts, id),
      })),
    setDraft: (question: Question, text: string) =>
      setState((s) => ({
        ...s,
        answers: withAnswer(s.answers, question.id, uiKindOf(question).readDraft?.(question, text).value),
        drafts: { ...s.drafts, [question.id]: text },
      })),
    goTo: (step: number) => setState((s) => ({ ...s, step, editing: s.editing && step < pack.steps.length })),
    /** Opens one step from the results, to come back to them on Next. */
    edit: (step: number) => setState((s) => ({ ...s, step, editing: true })),
    startOver: () => setState(START),
  };
}
