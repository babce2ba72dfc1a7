// The iframe's messages to its host page: the resizer acts only on these exact shapes.
import { describe, expect, test } from 'vitest';
import { FRAME_MESSAGE, isFrameMessage, resultsDetail } from '../../embed/protocol';

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
  const shown = { type: FRAME_MESSAGE.results, article: 'd3-k2' };

  test('is accepted with the article and a count, and with the ids when the page opted in', () => {
    expect(isFrameMessage({ ...shown, count: 3 })).toBe(true);
    expect(isFrameMessage({ ...shown, count: 0 })).toBe(true);
    expect(
      isFrameMessage({
        ...shown,
        count: 3,
        caveats: ['anticoagulant', 'calcium-supplements', 'amounts-for-your-provider'],
      }),
    ).toBe(true);
    expect(isFrameMessage({ ...shown, count: 0, caveats: [] })).toBe(true);
  });

  test.each([
    ['no count', {}],
    ['a count in a string', { count: '1' }],
    ['a fractional count', { count: 1.5 }],
    ['a negative count', { count: -1 }],
    ['more caveats than any pack has', { count: 101 }],
    ['no article', { article: undefined, count: 1 }],
    ['an article that is not an id', { article: 'D3 & K2', count: 1 }],
    ['caveats that are not a list', { count: 1, caveats: 'anticoagulant' }],
    ['a caveat that is not a string', { count: 1, caveats: [{ id: 'anticoagulant' }] }],
    ['a caveat that is free text, not an id', { count: 1, caveats: ['I take Coumadin 5 mg'] }],
    ['markup for a caveat', { count: 1, caveats: ['<img src=x onerror=alert(1)>'] }],
    ['an id with capitals', { count: 1, caveats: ['Anticoagulant'] }],
    ['an empty id', { count: 1, caveats: [''] }],
    ['fewer ids than the count', { count: 2, caveats: ['anticoagulant'] }],
    ['a field the detail does not have', { count: 1, answers: { age: 71 } }],
  ])('is ignored with %s', (_, fields) => {
    expect(isFrameMessage({ ...shown, ...fields })).toBe(false);
  });
});

describe('the results detail', () => {
  test('says only how many caveats apply, unless the page opted in to their ids', () => {
    expect(resultsDetail('d3-k2', ['anticoagulant', 'older-adult'], false)).toEqual({
      article: 'd3-k2',
      count: 2,
    });
    expect(resultsDetail('d3-k2', ['anticoagulant', 'older-adult'], true)).toEqual({
      article: 'd3-k2',
      count: 2,
      caveats: ['anticoagulant', 'older-adult'],
    });
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
