import type { ComponentChildren, JSX } from 'preact';
import type { MedicationBook } from '../../rules/medications';
import type { MedicationReading } from '../../rules/types';
import type { AnswerValue } from '../../schema/answers';
import type { Pack } from '../../schema/pack';
import type { Messages } from '../messages/messages';

/** What a question's component is given on its step, whatever its kind. */
export type QuestionProps<Q> = {
  question: Q;
  value: AnswerValue | undefined;
  onAnswer: (value: AnswerValue | undefined) => void;
  /** Text the reader typed that is not (yet) a valid answer, for kinds typed as text. */
  draft: string | undefined;
  onDraft: (text: string) => void;
  /** The reader tried to go on: show errors even in a field they have not left yet. */
  checking: boolean;
  /** The question's note for the answers so far, if it applies. */
  notice: string | undefined;
  /** Asked as one row of a group of questions that share their options. */
  asRow: boolean;
  /** The medicines a reader may name, the classes they belong to, and the pack's words for them. */
  book: MedicationBook & { pack: Pick<Pack, 'medicationText'> };
};

/**
 * One kind of question, in the UI: its component on the step, and its answer in the reader's words.
 * The schema, the rules and the checker each have a module per kind too; nothing else names a kind.
 */
export type UiKind<Q extends { kind: string }> = {
  names: readonly Q['kind'][];
  Question: (props: QuestionProps<Q>) => JSX.Element;
  /** The answer as the reader gave it, for "Your answers"; medicines as read (without amounts). */
  answerText(
    question: Q,
    value: AnswerValue,
    messages: Messages,
    readings: MedicationReading[],
  ): ComponentChildren;
  /** A kind typed as text: the answer a draft makes, or that it is invalid (and nothing, when empty). */
  readDraft?(question: Q, text: string): { value?: AnswerValue; invalid?: true };
};
