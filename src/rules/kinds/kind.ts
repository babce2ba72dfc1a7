import type { AnswerValue } from '../../schema/answers';
import type { Predicate } from '../../schema/condition';
import type { Context, MedicationReading, Truth } from '../types';

/**
 * One kind of question, in the rules: how its answers are read and how its predicates are decided.
 * The schema, the checker and the UI each have a module per kind too; nothing else names a kind.
 */
export type RulesKind<Q extends { kind: string }> = {
  names: readonly Q['kind'][];
  /** The answer as the rules read it, e.g. a pasted list split into one entry per medicine. */
  prepare?(question: Q, answer: AnswerValue): AnswerValue;
  /** True when an answer given says nothing, like an empty multi-choice: read as skipped. */
  empty?(answer: AnswerValue): boolean;
  /** Predicates decided (false) on a skipped question rather than left as "can't tell". */
  decidedWhenSkipped?: readonly Predicate['type'][];
  /** Each entry of a list the reader typed, as read (medicines): what the results show. */
  readings?(question: Q, answer: AnswerValue, ctx: Context): MedicationReading[];
  /** Decides one of this kind's predicates on the answer the reader gave (never a skipped one). */
  test(predicate: Predicate, question: Q, answer: AnswerValue, ctx: Context): Truth;
};
