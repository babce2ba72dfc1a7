import { describe, expect, test } from 'vitest';
import * as z from 'zod/mini';
import { d3k2 as article } from '../../src/content/d3-k2';
import { type IssueCode, toIssues } from '../../src/schema/issues';
import { Pack } from '../../src/schema/pack';

const d3k2 = article.pack;

// zod/mini has no English messages loaded: every bare "Invalid input" must become something a person can act on.
function problems(edit: (pack: typeof d3k2) => void) {
  const pack = structuredClone(d3k2);
  edit(pack);
  return toIssues(Pack.safeParse(pack).error?.issues ?? [], pack);
}

type Story = [
  story: string,
  edit: (pack: typeof d3k2) => unknown,
  path: PropertyKey[],
  message: string,
  code: IssueCode,
];

describe('an editor who breaks the shape of a pack is told what was expected', () => {
  test.each<Story>([
    [
      "leaves out a caveat's sources",
      (p) => Reflect.deleteProperty(p.caveats[0]!, 'sources'),
      ['caveats', 0, 'sources'],
      'Missing required field "sources"',
      'missing',
    ],
    [
      'gives a number where text belongs',
      (p) => (p.caveats[0]!.title = 3 as never),
      ['caveats', 0, 'title'],
      'Expected string',
      'invalid_type',
    ],
    [
      'misspells a severity',
      (p) => (p.caveats[1]!.severity = 'urgent' as never),
      ['caveats', 1, 'severity'],
      'Expected one of: interaction, notice, caution, info',
      'invalid_value',
    ],
    [
      'leaves a title empty',
      (p) => (p.caveats[2]!.title = ''),
      ['caveats', 2, 'title'],
      'Must not be empty',
      'too_small',
    ],
    ['lists no steps', (p) => (p.steps = []), ['steps'], 'Expected at least 1 item', 'too_small'],
    [
      'writes a date the American way',
      (p) => (p.review = { status: 'signed', by: 'A. Reviewer', credentials: 'MD', date: '11/29/2026' }),
      ['review', 'date'],
      'Expected a date as YYYY-MM-DD',
      'invalid_format',
    ],
    [
      'writes the language in full',
      (p) => (p.locale = 'English'),
      ['locale'],
      'Expected a language code such as "en" or "en-GB"',
      'invalid_format',
    ],
    [
      'invents a question kind',
      (p) => (p.questions[0]!.kind = 'slider' as never),
      ['questions', 0, 'kind'],
      'Expected one of: single, multi, medications, number',
      'invalid_value',
    ],
    [
      'invents a condition type',
      (p) => (p.rules[0]!.when = { type: 'maybe' } as never),
      ['rules', 0, 'when', 'type'],
      'Expected one of: choice, atLeast, below, medicationClass, medication, unanswered, unrecognisedMedication, all, any, not',
      'invalid_value',
    ],
    [
      'misspells showIf, which would otherwise be dropped and the question always asked',
      (p) => {
        const { showIf, ...rest } = p.questions[2]!;
        p.questions[2] = { ...rest, showif: showIf } as never;
      },
      ['questions', 2, 'showif'],
      'Unknown field "showif"',
      'unknown_field',
    ],
  ])('who %s', (_story, edit, path, message, code) => {
    expect(problems(edit)).toContainEqual({ code, path, message });
  });
});

describe('a value that fits no form of a union', () => {
  const Then = z.union([z.strictObject({ shows: z.string() }), z.strictObject({ hides: z.string() })]);

  test('is explained by the form it comes closest to', () => {
    const parsed = Then.safeParse({ shows: 1 });
    expect(toIssues(parsed.error?.issues ?? [])).toEqual([
      { code: 'invalid_type', path: ['shows'], message: 'Expected string' },
    ]);
  });
});
