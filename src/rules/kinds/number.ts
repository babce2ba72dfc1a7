import type { Predicate } from '../../schema/condition';
import type { NumberQuestion } from '../../schema/kinds/number';
import { fill } from '../../text/fill';
import { FALSE, TRUE, unknown } from '../types';
import type { RulesKind } from './kind';

/** `atLeast` and `below` compare the number; an option beside it ("Prefer not to say") tells nothing. */
export const number = {
  names: ['number'],
  test(predicate: Predicate, question, answer) {
    if (predicate.type !== 'atLeast' && predicate.type !== 'below') return FALSE;
    if (typeof answer !== 'number') return unknown([question.id]);
    const held = predicate.type === 'atLeast' ? answer >= predicate.value : answer < predicate.value;
    return held
      ? TRUE([{ question: question.id, text: fill(question.reason, { answer: String(answer) }) }])
      : FALSE;
  },
} satisfies RulesKind<NumberQuestion>;
