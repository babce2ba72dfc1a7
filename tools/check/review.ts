import type { Problem } from '../../src/schema/issues';
import type { ExternalSource, Pack, Review } from '../../src/schema/pack';
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
 * What the review records say: a pack (or a caveat) still awaiting its medical review, a signature
 * that is too old or dated in the future (a typo), and sources nobody has read yet. Warnings: the pack
 * still works, and the widget says nothing of a review until one is signed. A signed record without a
 * name, credentials or date is an error of the schema's.
 */
export function checkReviews(pack: Pack, { today, maxAgeDays }: ReviewOptions): Problem[] {
  const check = (review: Review | undefined, path: Path, what: string): Problem[] => {
    if (review === undefined) return [];
    if (review.status === 'awaiting-review')
      return [
        warning(
          'awaiting_review',
          path,
          `${what} awaits a medical review: readers are not told it was reviewed until a named person signs it`,
        ),
      ];
    const { date, by } = review;
    const age = daysBetween(date, today);
    if (age < 0)
      return [
        warning('review_in_future', path, `${what} says ${by} signed it on ${date}, which is in the future`),
      ];
    if (age > maxAgeDays) {
      return [
        warning(
          'review_due',
          path,
          `${what} was last signed on ${date}, ${age} days ago (more than ${maxAgeDays}): review it again`,
        ),
      ];
    }
    return [];
  };
  const where = `Pack "${pack.id}" (${pack.locale})`;
  // A caveat awaiting review inside an unsigned pack says nothing the pack's own warning does not.
  const caveatReviews = pack.caveats.flatMap((caveat, i) =>
    pack.review.status === 'awaiting-review' && caveat.review?.status === 'awaiting-review'
      ? []
      : check(caveat.review, ['caveats', i, 'review'], `Caveat "${caveat.id}"`),
  );
  const unread = (sources: ExternalSource[] | undefined, path: Path, what: string) =>
    (sources ?? []).flatMap((source, j) =>
      source.accessed
        ? []
        : [
            warning(
              'source_unread',
              [...path, j],
              `${what} names ${source.publisher}, "${source.title}", which nobody has read yet: the reviewer checks it`,
            ),
          ],
    );
  const unreadSources = [
    ...pack.caveats.flatMap((caveat, i) =>
      unread(caveat.sources.external, ['caveats', i, 'sources', 'external'], `Caveat "${caveat.id}"`),
    ),
    ...(pack.pointers ?? []).flatMap((pointer, i) =>
      unread(pointer.sources, ['pointers', i, 'sources'], `The line pointing to "${pointer.to}"`),
    ),
  ];
  return [...check(pack.review, ['review'], where), ...caveatReviews, ...unreadSources];
}
