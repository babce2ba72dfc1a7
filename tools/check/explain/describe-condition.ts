import type { Condition, Predicate } from '../../../src/schema/condition';
import { checkKindOf } from '../check-kinds';
import type { Glossary } from './glossary';
import { bullet, em } from './markdown';

export type { Glossary } from './glossary';

/** One predicate as a clause: "the reader's answer to *How old are you?* is 65 or more". */
function describePredicate(predicate: Predicate, glossary: Glossary): string {
  const question = glossary.questions.get(predicate.question);
  if (!question) return `the unknown question "${predicate.question}"`;
  if (predicate.type === 'unanswered')
    return `the reader skipped ${em(question.label)} or answered only “don't know” or “prefer not to say”`;
  return checkKindOf(question).describePredicate(predicate, question, glossary);
}

/**
 * A condition as Markdown lines: a clause for a predicate, or a lead ("any of:") followed by an
 * indented bullet per part.
 */
export function describeCondition(condition: Condition, glossary: Glossary): string[] {
  const parts = (of: Condition[]) => of.flatMap((c) => bullet(describeCondition(c, glossary)));
  switch (condition.type) {
    case 'all':
      return ['all of:', ...parts(condition.of)];
    case 'any':
      return ['any of:', ...parts(condition.of)];
    case 'not': {
      const inner = condition.of;
      if (inner.type === 'any') return ['none of:', ...parts(inner.of)];
      if (inner.type === 'all') return ['not all of:', ...parts(inner.of)];
      if (inner.type === 'not') return describeCondition(inner.of, glossary);
      return [`not: ${describePredicate(inner, glossary)}`];
    }
    default:
      return [describePredicate(condition, glossary)];
  }
}
