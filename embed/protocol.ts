import { ID_PATTERN } from '../src/schema/id-pattern';

/**
 * The DOM event that says results were shown: fired on the element, and by the resizer on the iframe.
 * The frame's message for them has the same type. Never answers; caveat ids only when the page opts in.
 */
export const RESULTS_EVENT = 'personal-factors:results';

/** Message types the iframe sends its host page; both sides ignore anything else. */
export const FRAME_MESSAGE = {
  resize: 'personal-factors:resize',
  results: RESULTS_EVENT,
} as const;

/**
 * The results event's `detail`, the same from the element and from the resizer: the article and how
 * many caveats apply; `caveats` (their ids, most important first) only with `share-results="caveat-ids"`.
 */
export type ResultsDetail = { article: string; count: number; caveats?: string[] };

/** The event detail for `caveats`, with their ids only when the page asked for them. */
export function resultsDetail(article: string, caveats: string[], shareIds: boolean): ResultsDetail {
  return shareIds ? { article, count: caveats.length, caveats } : { article, count: caveats.length };
}

export type FrameMessage =
  | { type: typeof FRAME_MESSAGE.resize; height: number }
  | ({ type: typeof FRAME_MESSAGE.results } & ResultsDetail);

const MAX_HEIGHT = 20_000;
const MAX_CAVEATS = 100;

const isId = (value: unknown) => typeof value === 'string' && ID_PATTERN.test(value);

/** A results message carries exactly the detail's fields: nothing else can ride along to the host. */
function isResults(message: Record<string, unknown>): boolean {
  const { type, article, count, caveats, ...rest } = message;
  if (Object.keys(rest).length || !isId(article)) return false;
  if (!Number.isInteger(count) || (count as number) < 0 || (count as number) > MAX_CAVEATS) return false;
  return caveats === undefined || (Array.isArray(caveats) && caveats.length === count && caveats.every(isId));
}

/** True only for a well-formed message from our frame; anything else on the channel is ignored. */
export function isFrameMessage(data: unknown): data is FrameMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  if (message.type === FRAME_MESSAGE.resize) {
    return (
      Number.isInteger(message.height) &&
      (message.height as number) >= 0 &&
      (message.height as number) <= MAX_HEIGHT
    );
  }
  return message.type === FRAME_MESSAGE.results && isResults(message);
}
