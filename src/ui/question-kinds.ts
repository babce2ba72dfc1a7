import type { JSX } from 'preact';
import type { MedicationReading } from '../rules/types';
import type { AnswerValue } from '../schema/answers';
import type { Question } from '../schema/pack';
import * as kinds from './kinds';
import type { QuestionProps } from './kinds/kind';
import type { Messages } from './messages/messages';

/** A kind's module as the widget calls it: for the question of its own kind, which `uiKindOf` found. */
type AnyKind = {
  Question: (props: QuestionProps<Question>) => JSX.Element;
  answerText(
    question: Question,
    value: AnswerValue,
    messages: Messages,
    readings: MedicationReading[],
  ): string;
  readDraft?(question: Question, text: string): { value?: AnswerValue; invalid?: true };
};

const byName = new Map<string, AnyKind>(
  Object.values(kinds).flatMap((k) => k.names.map((name) => [name, k as unknown as AnyKind])),
);

/** The UI's module of a question's kind (the pack schema admits only kinds of the table). */
export const uiKindOf = (question: { kind: string }): AnyKind => byName.get(question.kind) as AnyKind;
