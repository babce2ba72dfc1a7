import type { Predicate } from '../../schema/condition';
import type { ChoiceQuestion } from '../../schema/kinds/choice';
import { NON_ANSWERS } from '../../schema/non-answers';
import { fill } from '../../text/fill';
import { FALSE, TRUE, unknown } from '../types';
import type { RulesKind } from './kind';

const NON_ANSWER_IDS: ReadonlySet<string> = new Set(NON_ANSWERS);

/** `choice` holds when the answer (single) or any ticked option (multi) is one of `anyOf`. */
export const choice = {
  names: ['single', 'multi'],
  empty: (answer) => Array.isArray(answer) && answer.length === 0,
  test(predicate: Predicate, question, answer) {
    if (predicate.type !== 'choice') return FALSE; // the pack schema allows no other here
    const given = Array.isArray(answer) ? (answer as string[]) : [String(answer)];
    const hits = given.filter((id) => predicate.anyOf.includes(id));
    const label = (id: string) => question.options.find((o) => o.id === id)?.label ?? id;
    if (hits.length)
      return TRUE([
        { question: question.id, text: fill(question.reason, { answer: hits.map(label).join(', ') }) },
      ]);
    return given.some((id) => NON_ANSWER_IDS.has(id)) ? unknown([question.id]) : FALSE;
  },
} satisfies RulesKind<ChoiceQuestion>;
