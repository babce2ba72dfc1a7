import type { MedicationBook } from '../../src/rules/medications';
import { classAndParents, stemOf } from '../../src/rules/stems';
import type { Problem } from '../../src/schema/issues';
import { normaliseMedicationText } from '../../src/text/normalise';
import { error } from './problem';

/**
 * What the medication list declares of its classes, checked: ids unique and known, no class within
 * itself, each medication in the classes a narrower one is within, and no look-alike read as a stem.
 */
export function checkMedicationClasses({ medications, classes }: MedicationBook): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  classes.forEach((declared, i) => {
    if (ids.has(declared.id))
      problems.push(error('duplicate_id', ['classes', i, 'id'], `Duplicate class id "${declared.id}"`));
    ids.add(declared.id);
  });
  classes.forEach((declared, i) => {
    if (declared.within !== undefined && !ids.has(declared.within))
      problems.push(
        error('unknown_reference', ['classes', i, 'within'], `Unknown class "${declared.within}"`),
      );
    else if (declared.within !== undefined && classAndParents(classes, declared.within).includes(declared.id))
      problems.push(error('invalid', ['classes', i, 'within'], `Class "${declared.id}" is within itself`));
    declared.stems?.forEach((stem, j) => {
      stem.lookAlikes.forEach((word, k) => {
        const read = normaliseMedicationText(word)
          .split(' ')
          .flatMap((part) => stemOf(part, classes) ?? []);
        if (read.length > 0)
          problems.push(
            error(
              'invalid',
              ['classes', i, 'stems', j, 'lookAlikes', k],
              `"${word}" is read as the stem ${read[0]?.stem}: tighten the stem's ending or least length`,
            ),
          );
      });
    });
  });
  medications.forEach((medication, i) => {
    medication.classes.forEach((id, j) => {
      if (!ids.has(id)) {
        problems.push(error('unknown_reference', ['medications', i, 'classes', j], `Unknown class "${id}"`));
        return;
      }
      for (const parent of classAndParents(classes, id).slice(1))
        if (!medication.classes.includes(parent))
          problems.push(
            error(
              'invalid',
              ['medications', i, 'classes', j],
              `"${medication.id}" is ${id}, which is within "${parent}": list that class too`,
            ),
          );
    });
  });
  return problems;
}
