import type { Problem } from '../../src/schema/issues';
import type { Pack } from '../../src/schema/pack';
import { dependenciesOf } from './condition-tree';
import { warning } from './problem';

/**
 * Questions no rule depends on, directly or through the showIf of a question a rule reads: the
 * reader's answer changes nothing they are shown. A warning, since the pack is still safe.
 */
export function unusedQuestions(pack: Pack): Problem[] {
  const questions = new Map(pack.questions.map((q) => [q.id, q]));
  const used = new Set(pack.rules.flatMap((rule) => [...dependenciesOf(rule.when, questions)]));
  return pack.questions.flatMap((question, i) =>
    used.has(question.id)
      ? []
      : [
          warning(
            'unused_question',
            ['questions', i],
            `Question "${question.id}" is not used by any rule, directly or through another question's showIf: its answer changes nothing`,
          ),
        ],
  );
}
