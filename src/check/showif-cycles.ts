import type { Pack } from '../schema/pack';
import { questionsNamedBy } from './condition-tree';
import { error, type Problem } from './problem';

/**
 * Questions whose visibility depends, through `showIf`, on themselves: such a question can never be
 * decided, and the engine would chase the loop forever. Each loop is reported once, at its first question.
 */
export function showIfCycles(pack: Pack): Problem[] {
  const reads = new Map(pack.questions.map((q) => [q.id, questionsNamedBy(q.showIf)]));
  const reported = new Set<string>();
  const problems: Problem[] = [];

  // The shortest way back to `start` through showIf references, as a list of ids, if there is one.
  const loopFrom = (start: string): string[] | undefined => {
    const queue: string[][] = [[start]];
    const seen = new Set<string>();
    for (let trail = queue.shift(); trail; trail = queue.shift()) {
      for (const next of reads.get(trail.at(-1) as string) ?? []) {
        if (next === start) return [...trail, start];
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push([...trail, next]);
      }
    }
    return undefined;
  };

  pack.questions.forEach((question, i) => {
    if (reported.has(question.id)) return;
    const loop = loopFrom(question.id);
    if (!loop) return;
    for (const id of loop) reported.add(id);
    const message =
      loop.length === 2
        ? `Question "${question.id}" is shown only depending on its own answer`
        : `Question "${question.id}" is shown only depending on questions that depend on it: ${loop.join(' → ')}`;
    problems.push(error(['questions', i, 'showIf'], message));
  });
  return problems;
}
