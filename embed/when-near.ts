// When a widget starts rendering: once its element comes within about a screen of the viewport, or
// the page is idle, whichever is first. The script's run, the first render and the browser's layout
// of it then fall in separate tasks, and a widget far down an article costs nothing while the host
// page loads; the reserved height (host.css) holds its space until then, so nothing shifts.

/** Browsers without requestIdleCallback (Safari) start this long after the element connects. */
const NO_IDLE_DELAY = 500; // ms
/** requestIdleCallback's deadline: on a page that is never idle, the widget still renders. */
const IDLE_TIMEOUT = 3000; // ms

/** Calls `start` once, near the viewport or when idle; the returned function cancels the wait. */
export function whenNearOrIdle(element: Element, start: () => void): () => void {
  let done = false;
  // Without one (jsdom, very old browsers) the idle timer alone starts it.
  const observer =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (entries) => {
            if (entries.some((entry) => entry.isIntersecting)) go();
          },
          { rootMargin: '100% 0px' }, // a screen's height above and below the viewport
        )
      : undefined;
  const idle =
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(() => go(), { timeout: IDLE_TIMEOUT })
      : undefined;
  const timer = idle === undefined ? setTimeout(() => go(), NO_IDLE_DELAY) : undefined;
  // Each half on its own: a page may polyfill requestIdleCallback without cancelIdleCallback.
  const cancel = () => {
    done = true;
    observer?.disconnect();
    if (idle !== undefined && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
    if (timer !== undefined) clearTimeout(timer);
  };
  function go() {
    // Entries already queued arrive even after disconnect(), and the idle callback may outlive a
    // cancel that could not cancel it: whichever comes second finds the wait done. An element out of
    // the page has nothing to render into (its own cancel follows).
    if (done || !element.isConnected) return;
    cancel();
    start();
  }
  observer?.observe(element);
  return cancel;
}
