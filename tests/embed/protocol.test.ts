// The iframe's messages to its host page: the resizer acts only on these exact shapes.
import { describe, expect, test } from 'vitest';
import { FRAME_MESSAGE, isFrameMessage } from '../../embed/protocol';

describe('a resize message', () => {
  test('is accepted with a whole, non-negative height in pixels', () => {
    expect(isFrameMessage({ type: FRAME_MESSAGE.resize, height: 812 })).toBe(true);
    expect(isFrameMessage({ type: FRAME_MESSAGE.resize, height: 0 })).toBe(true);
  });

  test.each([
    ['no height', {}],
    ['a height in a string', { height: '812' }],
    ['a fractional height', { height: 812.5 }],
    ['a negative height', { height: -1 }],
    ['a huge height that would blow up the page', { height: 1_000_000 }],
    ['an infinite height', { height: Number.POSITIVE_INFINITY }],
    ['NaN', { height: Number.NaN }],
  ])('is ignored with %s', (_, fields) => {
    expect(isFrameMessage({ type: FRAME_MESSAGE.resize, ...fields })).toBe(false);
  });
});

describe('a results message', () => {
  test('is accepted with a list of caveat ids, and with an empty list', () => {
    expect(
      isFrameMessage({
        type: FRAME_MESSAGE.results,
        caveats: ['anticoagulant', 'calcium-supplements', 'amounts-for-your-provider'],
      }),
    ).toBe(true);
    expect(isFrameMessage({ type: FRAME_MESSAGE.results, caveats: [] })).toBe(true);
  });

  test.each([
    ['no caveats', {}],
    ['caveats that are not a list', { caveats: 'anticoagulant' }],
    ['a caveat that is not a string', { caveats: [{ id: 'anticoagulant' }] }],
    ['a caveat that is free text, not an id', { caveats: ['I take Coumadin 5 mg'] }],
    ['markup for a caveat', { caveats: ['<img src=x onerror=alert(1)>'] }],
    ['an id with capitals', { caveats: ['Anticoagulant'] }],
    ['an empty id', { caveats: [''] }],
    ['more caveats than any pack has', { caveats: Array.from({ length: 101 }, (_, i) => `c${i}`) }],
  ])('is ignored with %s', (_, fields) => {
    expect(isFrameMessage({ type: FRAME_MESSAGE.results, ...fields })).toBe(false);
  });
});

describe('anything else on the message channel', () => {
  test.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'personal-factors:resize'],
    ['a number', 812],
    ['an array', [FRAME_MESSAGE.resize, 812]],
    ['another library’s message', { type: 'iframe-resizer:height', height: 812 }],
    ['a message with no type', { height: 812 }],
    ['a type in the wrong case', { type: 'PERSONAL-FACTORS:RESIZE', height: 812 }],
  ])('is ignored: %s', (_, data) => {
    expect(isFrameMessage(data)).toBe(false);
  });
});
