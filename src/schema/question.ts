import * as z from 'zod/mini';
import type { Issue } from './issues';
import * as kinds from './kinds';
import type { AnswerContext, Fail } from './kinds/kind';

type Kind = (typeof kinds)[keyof typeof kinds];
const table: readonly Kind[] = Object.values(kinds);

/** A question of any kind in the table. */
export const Question = z.discriminatedUnion(
  'kind',
  table.map((k) => k.question) as [Kind['question'], ...Kind['question'][]],
);
export type Question = z.infer<typeof Question>;

/** A kind's module, read through what every kind has: its functions take its own question. */
type AnyKind = {
  names: readonly string[];
  predicates: readonly string[];
  choiceIds?(question: never): string[];
  answer(question: never, context: AnswerContext): z.ZodMiniType;
  overBounds?(question: never, answer: unknown, path: (string | number)[]): Issue[];
  references?(
    question: never,
    path: (string | number)[],
    pack: { groupIds: ReadonlySet<string> },
    fail: Fail,
  ): void;
};

const byName = new Map<string, AnyKind>(table.flatMap((k) => k.names.map((name) => [name, k as AnyKind])));

/** The schema module of a question's kind (the pack schema admits only kinds of the table). */
export const kindOf = (question: { kind: string }): AnyKind => byName.get(question.kind) as AnyKind;
