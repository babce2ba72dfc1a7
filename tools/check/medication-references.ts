import { predicatesOf } from '../../src/schema/condition';
import type { Problem } from '../../src/schema/issues';
import type { Medication } from '../../src/schema/medication';
import type { Pack } from '../../src/schema/pack';
import { conditionsOf } from './condition-tree';
import { error } from './problem';

/**
 * Medication ids the pack names (in `medication` predicates and shortcuts) that the medication list
 * lacks. The pack schema cannot see the list, and a reader's answer naming an unknown id is rejected.
 */
export function checkMedicationReferences(pack: Pack, list: readonly Medication[]): Problem[] {
  const known = new Set(list.map((m) => m.id));
  const unknown = (id: string) => `Unknown medication "${id}"`;
  const inConditions = conditionsOf(pack).flatMap(({ condition, path }) =>
    predicatesOf(condition, path).flatMap(({ predicate, path: at }) =>
      predicate.type === 'medication'
        ? predicate.anyOf.flatMap((id, j) =>
            known.has(id) ? [] : [error('unknown_medication', [...at, 'anyOf', j], unknown(id))],
          )
        : [],
    ),
  );
  const inShortcuts = pack.questions.flatMap((question, i) =>
    question.kind === 'medications'
      ? question.shortcuts.flatMap((shortcut, j) =>
          known.has(shortcut.medication)
            ? []
            : [
                error(
                  'unknown_medication',
                  ['questions', i, 'shortcuts', j, 'medication'],
                  unknown(shortcut.medication),
                ),
              ],
        )
      : [],
  );
  return [...inConditions, ...inShortcuts];
}
