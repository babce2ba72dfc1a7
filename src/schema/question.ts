import * as z from 'zod/mini';
import * as kinds from './kinds';
import type { QuestionKind } from './kinds/kind';

type Kind = (typeof kinds)[keyof typeof kinds];
const table: readonly Kind[] = Object.values(kinds);

/** A question of any kind in the table. */
export const Question = z.discriminatedUnion(
  'kind',
  table.map((k) => k.question) as [Kind['question'], ...Kind['question'][]],
);
export type Question = z.infer<typeof Question>;

/** A kind's module, read through what every kind has: its functions take its own question. */
type AnyKind = Omit<QuestionKind<never>, 'names'> & { names: readonly string[] };

const byName = new Map<string, AnyKind>(table.flatMap((k) => k.names.map((name) => [name, k as AnyKind])));

/** The schema module of a question's kind (the pack schema admits only kinds of the table). */
export const kindOf = (question: { kind: string }): AnyKind => byName.get(question.kind) as AnyKind;
