import type { MedicationBook } from '../../../src/rules/medications';
import type { AnswerValue } from '../../../src/schema/answers';
import type { Predicate } from '../../../src/schema/condition';
import type { Problem } from '../../../src/schema/issues';
import type { Glossary } from '../explain/glossary';
import type { Path } from '../problem';

/**
 * One kind of question, in the content checker: the answers worth trying, and how the sign-off sheet
 * says its answers and predicates. The schema, the rules and the UI each have a module per kind too;
 * nothing else names a kind.
 */
export type CheckKind<Q extends { kind: string }> = {
  names: readonly Q['kind'][];
  /**
   * One answer from every class of answers that no predicate of the pack can tell apart ("skipped" is
   * tried besides): trying these is as good as trying every answer a reader could give.
   */
  values(question: Q, predicates: Predicate[], book: MedicationBook): AnswerValue[];
  /** The answers a reader can give, as lines of the sign-off sheet. */
  describeAnswers(question: Q): string[];
  /** One of this kind's predicates as a clause: "the reader's answer to _How old are you?_ is 65 or more". */
  describePredicate(predicate: Predicate, question: Q, glossary: Glossary): string;
  /** What the question or one of its predicates names that the medicine list lacks. */
  references?(question: Q, path: Path, book: MedicationBook): Problem[];
  predicateReferences?(predicate: Predicate, path: Path, book: MedicationBook): Problem[];
};
