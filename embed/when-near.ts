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
      : setTimeout(() => go(), NO_IDLE_DELAY);
  const cancel = () => {
    observer?.disconnect();
    if (typeof requestIdleCallback === 'function') cancelIdleCallback(idle as number);
    else clearTimeout(idle);
  };
  function go() {
    cancel();
    start();
  }
  observer?.observe(element);
  return cancel;
}
