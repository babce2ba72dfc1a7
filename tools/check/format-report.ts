import { formatPath } from '../../src/schema/issues';
import type { CheckResult } from './check-pack';

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** A pack's check as lines for a terminal: a verdict, each problem with its path, then the counts. */
export function formatReport(name: string, result: CheckResult, milliseconds: number): string {
  const errors = result.problems.filter((p) => p.level === 'error');
  const warnings = result.problems.filter((p) => p.level === 'warning');
  const lines = [
    `${errors.length ? '✗' : '✓'} ${name}`,
    ...[...errors, ...warnings].map(
      (p) => `  ${p.level.padEnd(7)}  ${formatPath(p.path, '(the pack)')}: ${p.message}`,
    ),
    `  ${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}; ${plural(result.combinations, 'answer combination')} checked in ${Math.round(milliseconds)} ms`,
  ];
  return lines.join('\n');
}
