// The take-away's date format loads the browser's date data (take-away.ts): the widget makes it in idle
// time once the reader has moved on from step 1, never while the host page loads.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { next, openWidget } from './reader';

let requested: (() => void)[] = [];
beforeEach(() => {
  requested = [];
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => requested.push(callback));
  vi.stubGlobal('cancelIdleCallback', () => {});
});
afterEach(() => vi.unstubAllGlobals());

describe("the take-away's date, made in idle time", () => {
  test('is asked for once the reader leaves step 1, not on load', () => {
    openWidget();
    expect(requested).toHaveLength(0);
    next();
    expect(requested).toHaveLength(1);
    expect(() => requested[0]?.()).not.toThrow();
  });

  test('on a page that polyfills requestIdleCallback without cancelIdleCallback, the widget still goes away cleanly', () => {
    vi.stubGlobal('cancelIdleCallback', undefined);
    const { unmount } = openWidget();
    next();
    expect(() => unmount()).not.toThrow();
  });
});
