// Injected into every benchmarked page before any of its own scripts (addInitScript), so it sees the
// whole load. Built by Vite into a plain script: tsx's keep-names helpers must not leak into the page.
// It only observes, and the widget page and the static baseline page are measured by the same code.

import { onINP } from 'web-vitals';
import { SCRIPT_START_MARK } from './marks';

type Shift = { start: number; value: number; afterInput: boolean };
type Task = { start: number; duration: number };
type EventEntry = { name: string; start: number; duration: number };
/** A script's run inside a long animation frame (LoAF attribution): what code the time was in. */
type Script = { start: number; duration: number; invoker: string; source: string };

/** Times in ms since navigation start (performance.now()). */
export type ProbeReport = {
  /** The page's HTML fully received (Navigation Timing responseEnd). */
  pageReceived?: number;
  /** embed.js fully received; absent on the baseline page. */
  scriptFetched?: number;
  /** embed.js starts running: its first statement, after compiling (the bench server marks it). */
  scriptStart?: number;
  /** customElements.define called (the bundle has evaluated) and returned (upgrade + first render). */
  defineStart?: number;
  defineEnd?: number;
  /** The widget's first DOM in its shadow root (a mutation observer's microtask: the render's task is ending). */
  rendered?: number;
  /** End of the first frame that shows the first step usable. */
  usable?: number;
  shifts: Shift[];
  tasks: Task[];
  events: EventEntry[];
  /** Scripts of 5 ms or more in frames of 50 ms or more, served from /dist/ (the widget's). */
  scripts: Script[];
  /** Interaction to Next Paint as the web-vitals library reports it (all changes), once there was one. */
  inp?: number;
  /** Each timed interaction, from its click event to the end of the frame that shows its result. */
  interactions: { start: number; end: number }[];
};

export type Probe = {
  report: () => ProbeReport;
  /** Resolves with `usable` once the first step is on screen. */
  ready: () => Promise<number>;
  /** Resolves after two more frames, so observers have delivered what the last frame did. */
  settled: () => Promise<void>;
  /** Times the next click until an element matching `selector` whose text includes `text` is on screen… */
  arm: (selector: string, text: string) => void;
  /** …and resolves with that time: from the click event to the end of the frame that shows it. */
  measured: () => Promise<number>;
  /** The first step's markup and the widget's CSS as given to replaceSync, for the static baseline. */
  firstStep: () => { html: string; css: string };
};

const state: ProbeReport = { shifts: [], tasks: [], events: [], scripts: [], interactions: [] };
const MAX_FRAMES = 60 * 20; // 20 s of frames at most: every loop here stops by itself

/** Resolves, once `ready()` holds at the start of a frame, with the time the main thread is done
 * with that frame (style, layout, paint): a message posted from requestAnimationFrame runs after it. */
function frameWhen(ready: () => boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    let frames = 0;
    const tick = () => {
      if (ready()) {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      } else if (++frames < MAX_FRAMES) requestAnimationFrame(tick);
      else reject(new Error('bench probe: gave up waiting for a frame'));
    };
    requestAnimationFrame(tick);
  });
}

const root = () => document.querySelector('personal-factors')?.shadowRoot ?? undefined;
const shown = (element: Element | null | undefined) =>
  !!element && element.getBoundingClientRect().height > 0;

/** The first step is usable: styled, with the age field and an enabled Next button laid out. */
function firstStepUsable(): boolean {
  const shadow = root();
  if (!shadow || shadow.styleSheets.length + shadow.adoptedStyleSheets.length === 0) return false;
  const links = [...shadow.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')];
  if (!links.every((link) => link.sheet)) return false;
  const label = [...shadow.querySelectorAll('label')].find((l) =>
    l.textContent?.includes('How old are you?'),
  );
  const next = [...shadow.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Next');
  return shown(label?.control) && shown(next) && !next?.disabled;
}

const usable = frameWhen(firstStepUsable).then((end) => {
  state.usable = end;
  return end;
});

// The widget calls customElements.define once its bundle has evaluated; the upgrade inside it runs
// connectedCallback, which renders the first step synchronously. Timing the call splits the two.
const define = CustomElementRegistry.prototype.define;
CustomElementRegistry.prototype.define = function (this: CustomElementRegistry, ...args) {
  state.defineStart ??= performance.now();
  try {
    return define.apply(this, args);
  } finally {
    state.defineEnd ??= performance.now();
  }
};

// The widget renders once its element is near the viewport or the page is idle: the first mutation
// that puts its root in the shadow root marks the end of that render.
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
  const shadow = attachShadow.call(this, init);
  const observer = new MutationObserver(() => {
    if (!shadow.querySelector('.pfw, .pfw-options-error')) return;
    state.rendered ??= performance.now();
    observer.disconnect();
  });
  observer.observe(shadow, { childList: true, subtree: true });
  return shadow;
};

// The widget builds its style sheets with replaceSync; kept as written (cssText would expand
// shorthands such as `all: initial` into hundreds of longhands) for the static baseline's CSS.
const css: string[] = [];
const replaceSync = CSSStyleSheet.prototype.replaceSync;
CSSStyleSheet.prototype.replaceSync = function (this: CSSStyleSheet, text: string) {
  css.push(text);
  return replaceSync.call(this, text);
};

const observe = (type: string, record: (entry: PerformanceEntry) => void, options = {}) =>
  new PerformanceObserver((list) => list.getEntries().forEach(record)).observe({
    type,
    buffered: true,
    ...options,
  });
observe('layout-shift', (e) => {
  const shift = e as PerformanceEntry & { value: number; hadRecentInput: boolean };
  state.shifts.push({ start: e.startTime, value: shift.value, afterInput: shift.hadRecentInput });
});
observe('longtask', (e) => state.tasks.push({ start: e.startTime, duration: e.duration }));
observe('long-animation-frame', (e) => {
  const frame = e as PerformanceEntry & {
    scripts: { startTime: number; duration: number; invoker: string; sourceURL: string }[];
  };
  for (const script of frame.scripts) {
    if (!new URL(script.sourceURL || 'about:blank').pathname.startsWith('/dist/')) continue;
    state.scripts.push({
      start: script.startTime,
      duration: script.duration,
      invoker: script.invoker,
      source: script.sourceURL,
    });
  }
});
onINP((metric) => (state.inp = metric.value), { reportAllChanges: true });
observe('event', (e) => state.events.push({ name: e.name, start: e.startTime, duration: e.duration }), {
  durationThreshold: 16, // the smallest the Event Timing API allows
});

let armed: { start?: number; result: Promise<number> } | undefined;
// Capture phase on window: this sees the click before any listener of the widget's.
addEventListener(
  'click',
  (event) => {
    if (armed && armed.start === undefined) armed.start = event.timeStamp;
  },
  true,
);

const probe: Probe = {
  report: () => {
    const fetched = performance
      .getEntriesByType('resource')
      .find((e) => new URL(e.name).pathname.endsWith('/embed.js')) as PerformanceResourceTiming | undefined;
    const page = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const start = performance.getEntriesByName(SCRIPT_START_MARK, 'mark')[0];
    return {
      ...state,
      pageReceived: page?.responseEnd,
      scriptFetched: fetched?.responseEnd,
      scriptStart: start?.startTime,
    };
  },
  ready: () => usable,
  settled: () =>
    new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  arm: (selector, text) => {
    const target: { start?: number; result: Promise<number> } = { result: Promise.resolve(0) };
    const matches = () =>
      target.start !== undefined &&
      [...(root()?.querySelectorAll(selector) ?? [])].some(
        (e) => shown(e) && !!e.textContent?.trim() && e.textContent.includes(text),
      );
    target.result = frameWhen(matches).then((end) => {
      const start = target.start as number;
      state.interactions.push({ start, end });
      return end - start;
    });
    armed = target;
  },
  measured: () => armed?.result ?? Promise.reject(new Error('bench probe: nothing armed')),
  firstStep: () => ({ html: root()?.querySelector('.pfw-frame')?.outerHTML ?? '', css: css.join('\n') }),
};
(window as unknown as { __bench: Probe }).__bench = probe;
