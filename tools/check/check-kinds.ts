import type { MedicationBook } from '../../src/rules/medications';
import type { AnswerValue } from '../../src/schema/answers';
import type { Predicate } from '../../src/schema/condition';
import type { Problem } from '../../src/schema/issues';
import type { Question } from '../../src/schema/pack';
import type { Glossary } from './explain/glossary';
import * as kinds from './kinds';
import type { Path } from './problem';

/** A kind's module as the checker calls it: for the question of its own kind, which `checkKindOf` found. */
type AnyKind = {
  values(question: Question, predicates: Predicate[], book: MedicationBook): AnswerValue[];
  describeAnswers(question: Question): string[];
  describePredicate(predicate: Predicate, question: Question, glossary: Glossary): string;
  references?(question: Question, path: Path, book: MedicationBook): Problem[];
  predicateReferences?(predicate: Predicate, path: Path, book: MedicationBook): Problem[];
};

const byName = new Map<string, AnyKind>(
  Object.values(kinds).flatMap((k) => k.names.map((name) => [name, k as unknown as AnyKind])),
);

/** The checker's module of a question's kind (the pack schema admits only kinds of the table). */
export const checkKindOf = (question: { kind: string }): AnyKind => byName.get(question.kind) as AnyKind;
