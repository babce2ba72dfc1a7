import type { MedicationBook } from '../../src/rules/medications';
import { predicatesOf } from '../../src/schema/condition';
import type { Problem } from '../../src/schema/issues';
import type { Pack } from '../../src/schema/pack';
import { checkKindOf } from './check-kinds';
import { conditionsOf } from './condition-tree';

/**
 * What the pack names (in questions and in predicates) that the medicine list lacks: the pack schema
 * cannot see the list, and a reader's answer naming an unknown id is rejected. Each kind says what it names.
 */
export function checkMedicationReferences(pack: Pack, book: MedicationBook): Problem[] {
  const questions = new Map(pack.questions.map((q) => [q.id, q]));
  const inConditions = conditionsOf(pack).flatMap(({ condition, path }) =>
    predicatesOf(condition, path).flatMap(({ predicate, path: at }) => {
      const question = questions.get(predicate.question);
      return question ? (checkKindOf(question).predicateReferences?.(predicate, at, book) ?? []) : [];
    }),
  );
  const inQuestions = pack.questions.flatMap(
    (question, i) => checkKindOf(question).references?.(question, ['questions', i], book) ?? [],
  );
  return [...inConditions, ...inQuestions];
}
