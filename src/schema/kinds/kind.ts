import type * as z from 'zod/mini';
import type { Predicate } from '../condition';
import type { Issue, IssueCode } from '../issues';

/** What an answer is checked against besides its question: the medicine ids the list knows. */
export type AnswerContext = {
  medicationIds: ReadonlySet<string>;
  /** False to read answers over their bounds in full (see `answersSchemaFor`). */
  bounded: boolean;
};

/** Reports a problem a schema cannot see field by field, at a path inside the pack. */
export type Fail = (path: (string | number)[], message: string, code: IssueCode) => void;

/**
 * One kind of question, in the schema layer: the question's shape, the predicates that may test it,
 * and the shape of its answer. The rules, the checker and the UI each have a module per kind too, and
 * one table of them; nothing else names a kind.
 */
export type QuestionKind<Q extends { kind: string }> = {
  /** The kind names it serves (`single` and `multi` share one shape). */
  names: readonly Q['kind'][];
  /** The question's schema: the common fields (`questionBase`) and its own. */
  question: z.ZodMiniObject;
  /** The predicates that may test a question of this kind. */
  predicates: readonly Predicate['type'][];
  /** The answers a `choice` predicate on `question` may name. */
  choiceIds?(question: Q): string[];
  /** The schema one answer to `question` must fit. */
  answer(question: Q, context: AnswerContext): z.ZodMiniType;
  /** An answer over this kind's bounds, each as an issue; the answer is still read in full. */
  overBounds?(question: Q, answer: unknown, path: (string | number)[]): Issue[];
  /** Cross-references the pack schema cannot see field by field (e.g. a row's group). */
  references?(
    question: Q,
    path: (string | number)[],
    pack: { groupIds: ReadonlySet<string> },
    fail: Fail,
  ): void;
};
