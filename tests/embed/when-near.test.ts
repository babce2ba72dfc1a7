// The wait before a widget's first render: whichever of "near the viewport" and "idle" comes first
// starts it, once, and only while its element is in the page. Browsers queue IntersectionObserver
// entries and may still deliver them after disconnect(), so the fakes here do too.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { whenNearOrIdle } from '../../embed/when-near';

/** Observers made so far; `deliver` hands a queued entry to one even after it was disconnected. */
let observers: FakeObserver[] = [];
class FakeObserver {
  constructor(readonly callback: (entries: { isIntersecting: boolean }[]) => void) {
    observers.push(this);
  }
  observe() {}
  disconnect() {}
  deliver(isIntersecting = true) {
    this.callback([{ isIntersecting }]);
  }
}

/** The one observer the wait made hands over an entry: failing, not passing, if none was made. */
const deliverQueued = () => {
  expect(observers).toHaveLength(1);
  observers[0]?.deliver();
};

let idleCallbacks: (() => void)[] = [];
const fakeRequestIdle = (callback: () => void) => idleCallbacks.push(callback);
const fireIdle = () => {
  for (const callback of idleCallbacks) callback();
};

let element: HTMLElement;
beforeEach(() => {
  observers = [];
  idleCallbacks = [];
  element = document.createElement('div');
  document.body.append(element);
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  vi.stubGlobal('requestIdleCallback', fakeRequestIdle);
  vi.stubGlobal('cancelIdleCallback', () => {});
});
afterEach(() => {
  element.remove();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('whenNearOrIdle', () => {
  test('starts once when the page goes idle and an entry queued before then arrives after', () => {
    const start = vi.fn();
    whenNearOrIdle(element, start);
    fireIdle();
    deliverQueued();
    expect(start).toHaveBeenCalledTimes(1);
  });

  test('starts once when the element comes near and the idle callback still runs after', () => {
    const start = vi.fn();
    whenNearOrIdle(element, start);
    deliverQueued();
    fireIdle(); // as a page whose cancelIdleCallback did nothing
    expect(start).toHaveBeenCalledTimes(1);
  });

  test('does not start after the wait was cancelled, though a queued entry arrives', () => {
    const start = vi.fn();
    const cancel = whenNearOrIdle(element, start);
    element.remove();
    cancel();
    deliverQueued();
    fireIdle();
    expect(start).not.toHaveBeenCalled();
  });

  test('does not start for an element no longer in the page', () => {
    const start = vi.fn();
    whenNearOrIdle(element, start);
    element.remove();
    deliverQueued();
    expect(start).not.toHaveBeenCalled();
  });

  test('starts on a page that polyfills requestIdleCallback without cancelIdleCallback', () => {
    vi.stubGlobal('cancelIdleCallback', undefined);
    const start = vi.fn();
    const cancel = whenNearOrIdle(element, start);
    expect(() => deliverQueued()).not.toThrow();
    expect(start).toHaveBeenCalledTimes(1);
    expect(() => cancel()).not.toThrow();
  });

  test('without requestIdleCallback (Safari) starts on a timer, once, and not once the element is gone', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.stubGlobal('cancelIdleCallback', undefined);
    const start = vi.fn();
    whenNearOrIdle(element, start);
    vi.advanceTimersByTime(1000);
    deliverQueued();
    expect(start).toHaveBeenCalledTimes(1);

    const other = vi.fn();
    const gone = document.createElement('div');
    document.body.append(gone);
    whenNearOrIdle(gone, other);
    gone.remove();
    vi.advanceTimersByTime(1000);
    expect(other).not.toHaveBeenCalled();
  });
});
