import { ID_PATTERN } from '../src/schema/id-pattern';

/**
 * The DOM event that carries results, caveat ids only, never answers: fired on the element, and by the
 * resizer on the iframe. The frame's message for them has the same type.
 */
export const RESULTS_EVENT = 'personal-factors:results';

/** Message types the iframe sends its host page; both sides ignore anything else. */
export const FRAME_MESSAGE = {
  resize: 'personal-factors:resize',
  results: RESULTS_EVENT,
} as const;

export type FrameMessage =
  | { type: typeof FRAME_MESSAGE.resize; height: number }
  | { type: typeof FRAME_MESSAGE.results; caveats: string[] };

const MAX_HEIGHT = 20_000;

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
  if (message.type === FRAME_MESSAGE.results) {
    return (
      Array.isArray(message.caveats) &&
      message.caveats.length <= 100 &&
      message.caveats.every((id) => typeof id === 'string' && ID_PATTERN.test(id))
    );
  }
  return false;
}
