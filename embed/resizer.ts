// The optional host snippet (dist/resizer.js) for iframe mode: sizes each <iframe data-personal-factors>
// to its content (never below the height the page gave it) and re-fires results as a DOM event on the iframe.
import { FRAME_MESSAGE, isFrameMessage, RESULTS_EVENT } from './protocol';

/** Each frame's height before its first resize: what the page reserved (height attribute or its own CSS). */
const reserved = new WeakMap<HTMLIFrameElement, number>();

window.addEventListener('message', (event) => {
  const frame = [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-personal-factors]')].find(
    (f) => f.contentWindow === event.source,
  );
  // Only our frames, from the origin their src names, with a message of the right shape.
  if (!frame || event.origin !== new URL(frame.src, location.href).origin || !isFrameMessage(event.data))
    return;
  if (event.data.type === FRAME_MESSAGE.resize) {
    // Never below the height the page reserved: no layout shift on load, whatever the width.
    if (!reserved.has(frame)) reserved.set(frame, frame.clientHeight);
    frame.style.height = `${Math.max(event.data.height, reserved.get(frame) ?? 0)}px`;
  } else {
    const { type, ...detail } = event.data;
    frame.dispatchEvent(new CustomEvent(RESULTS_EVENT, { bubbles: true, detail }));
  }
});
