import type { Problem } from '../../src/schema/issues';
import type { Pack } from '../../src/schema/pack';
import { type Path, warning } from './problem';

export type ReviewOptions = {
  /** Today, as YYYY-MM-DD; passed in so the check gives the same answer in a test tomorrow. */
  today: string;
  /** Older reviews than this are reported. */
  maxAgeDays: number;
};

const DAY = 24 * 60 * 60 * 1000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

/**
 * Medical reviews that are too old, or dated in the future (a typo). Warnings: the pack still works,
 * but its facts may be out of date. A caveat without its own date counts as reviewed with the pack.
 */
export function checkReviewDates(pack: Pack, { today, maxAgeDays }: ReviewOptions): Problem[] {
  const check = (date: string | undefined, path: Path, what: string): Problem[] => {
    if (date === undefined) return [];
    const age = daysBetween(date, today);
    if (age < 0)
      return [
        warning('review_in_future', path, `${what} says it was reviewed on ${date}, which is in the future`),
      ];
    if (age > maxAgeDays) {
      return [
        warning(
          'review_due',
          path,
          `${what} was last reviewed on ${date}, ${age} days ago (more than ${maxAgeDays}): review it again`,
        ),
      ];
    }
    return [];
  };
  return [
    ...check(pack.reviewed, ['reviewed'], `Pack "${pack.id}"`),
    ...pack.caveats.flatMap((caveat, i) =>
      check(caveat.reviewed, ['caveats', i, 'reviewed'], `Caveat "${caveat.id}"`),
    ),
  ];
}
