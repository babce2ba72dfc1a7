import { describe, expect, test } from 'vitest';
import { d3k2 as article } from '../../src/content/d3-k2';
import { Pack } from '../../src/schema/pack';

const d3k2 = article.pack;

// Each story breaks a copy of the real pack in one place, as an editor might.
function broken(edit: (pack: typeof d3k2) => void) {
  const pack = structuredClone(d3k2);
  edit(pack);
  return Pack.safeParse(pack).error?.issues.map((i) => ({ path: i.path, message: i.message }));
}

/** Where a caveat's rule is in the pack's rules. */
const ruleOf = (caveat: string) => d3k2.rules.findIndex((r) => r.caveat === caveat);

describe('a content pack that does not hold together', () => {
  test('a rule about an unknown question fails, naming the path', () => {
    expect(
      broken((p) => {
        p.rules[ruleOf('high-dose-d3')] = {
          caveat: 'high-dose-d3',
          when: { type: 'choice', question: 'shoe_size', anyOf: ['big'] },
        };
      }),
    ).toEqual([
      {
        path: ['rules', ruleOf('high-dose-d3'), 'when', 'question'],
        message: 'Unknown question "shoe_size"',
      },
    ]);
  });

  test('a rule naming an option the question lacks fails, naming the path', () => {
    expect(
      broken((p) => {
        p.rules[ruleOf('high-dose-d3')] = {
          caveat: 'high-dose-d3',
          when: { type: 'any', of: [{ type: 'choice', question: 'd3_strength', anyOf: ['yes', 'huge'] }] },
        };
      }),
    ).toEqual([
      {
        path: ['rules', ruleOf('high-dose-d3'), 'when', 'of', 0, 'anyOf', 1],
        message: 'Question "d3_strength" has no option "huge"',
      },
    ]);
  });

  test('a rule for an unknown caveat fails', () => {
    expect(
      broken((p) => p.rules.push({ caveat: 'ghost', when: { type: 'atLeast', question: 'age', value: 1 } })),
    ).toEqual([{ path: ['rules', d3k2.rules.length, 'caveat'], message: 'Unknown caveat "ghost"' }]);
  });

  test('a repeated caveat id fails', () => {
    const issues = broken((p) => {
      p.caveats.push({ ...p.caveats[0]! });
    });
    expect(issues).toContainEqual({
      path: ['caveats', d3k2.caveats.length, 'id'],
      message: `Duplicate caveat id "${d3k2.caveats[0]!.id}"`,
    });
  });

  test('a repeated option id fails', () => {
    expect(
      broken((p) => {
        const menopause = p.questions[1]!;
        if (menopause.kind === 'single') menopause.options.push({ id: 'after', label: 'After again' });
      }),
    ).toEqual([{ path: ['questions', 1, 'options', 5, 'id'], message: 'Duplicate option id "after"' }]);
  });

  test('an age test on a choice question fails', () => {
    expect(
      broken((p) => {
        p.rules[ruleOf('older-adult')] = {
          caveat: 'older-adult',
          when: { type: 'atLeast', question: 'menopause', value: 65 },
        };
      }),
    ).toEqual([
      {
        path: ['rules', ruleOf('older-adult'), 'when', 'type'],
        message: '"atLeast" cannot test single question "menopause"',
      },
    ]);
  });

  test('a test for one medicine on a question that is not a medication list fails', () => {
    expect(
      broken((p) => {
        p.rules[ruleOf('anticoagulant')] = {
          caveat: 'anticoagulant',
          when: { type: 'medication', question: 'age', anyOf: ['warfarin'] },
        };
      }),
    ).toEqual([
      {
        path: ['rules', ruleOf('anticoagulant'), 'when', 'type'],
        message: '"medication" cannot test number question "age"',
      },
    ]);
  });

  test('a caveat from a section the article does not have fails', () => {
    expect(
      broken((p) => {
        p.caveats[0]!.sources.article.push('conclusion');
      }),
    ).toEqual([
      {
        path: ['caveats', 0, 'sources', 'article', d3k2.caveats[0]!.sources.article.length],
        message: 'Unknown section "conclusion"',
      },
    ]);
  });

  test('a caveat must come from at least one article section', () => {
    expect(
      broken((p) => {
        p.caveats[0]!.sources.article = [];
      }),
    ).toEqual([
      { path: ['caveats', 0, 'sources', 'article'], message: 'A caveat needs at least one article section' },
    ]);
  });

  test('an external source needs a web address', () => {
    expect(
      broken((p) => {
        p.caveats[0]!.sources.external = [
          {
            cite: 'A page',
            publisher: 'A publisher',
            title: 'A page',
            url: 'not a link',
            accessed: { date: '2026-12-01' },
          },
        ];
      }),
    ).toEqual([{ path: ['caveats', 0, 'sources', 'external', 0, 'url'], message: expect.any(String) }]);
  });

  test('a caveat with dosing advice fails', () => {
    expect(
      broken((p) => {
        p.caveats[1]!.body = 'Most adults do well on 2,000 IU a day.';
      }),
    ).toEqual([
      {
        path: ['caveats', 1, 'body'],
        message:
          'Displayed text must not contain dosing language (amounts or take/raise/lower/stop): found "2,000 IU"',
      },
    ]);
  });

  test.each([
    [
      'a question',
      (p: typeof d3k2) => Object.assign(p.questions[0]!, { reason: 'You take {answer} capsules a day' }),
      ['questions', 0, 'reason'],
      '"2 capsules"',
    ],
    [
      'a medication',
      (p: typeof d3k2) => {
        p.medicationReasons.brand = 'You take {typed} tablets, a brand of {generic}';
      },
      ['medicationReasons', 'brand'],
      '"2 tablets"',
    ],
  ])(
    'a why-line template for %s that makes dosing advice once filled in fails',
    (_story, edit, path, found) => {
      expect(broken(edit)).toEqual([
        {
          path,
          message: `Displayed text must not contain dosing language (amounts or take/raise/lower/stop): found ${found} (with each {placeholder} filled in as 2)`,
        },
      ]);
    },
  );

  test('a question shown depending on its own answer fails: evaluating it would never end', () => {
    expect(
      broken((p) => {
        p.questions[1]!.showIf = { type: 'choice', question: 'menopause', anyOf: ['after'] };
      }),
    ).toEqual([
      {
        path: ['questions', 1, 'showIf'],
        message: 'Question "menopause" is shown only depending on its own answer',
      },
    ]);
  });

  test('a caveat nobody can be shown, with no rule and not marked always, fails', () => {
    expect(
      broken((p) => {
        p.rules = p.rules.filter((r) => r.caveat !== 'natto-eater');
      }),
    ).toEqual([
      {
        path: ['caveats', d3k2.caveats.findIndex((c) => c.id === 'natto-eater'), 'id'],
        message: 'Caveat "natto-eater" has no rule and is not marked as always shown',
      },
    ]);
  });

  test('an invariant about an unknown caveat fails, naming the path', () => {
    expect(
      broken((p) => {
        p.invariants = [{ id: 'seen', description: 'Everyone sees the ghost', outcome: { shows: 'ghost' } }];
      }),
    ).toEqual([{ path: ['invariants', 0, 'outcome', 'shows'], message: 'Unknown caveat "ghost"' }]);
  });

  test('an invariant about an unknown question fails, naming the path', () => {
    expect(
      broken((p) => {
        p.invariants = [
          {
            id: 'tall',
            description: 'Tall readers never see the age caveat',
            when: { type: 'atLeast', question: 'height', value: 190 },
            outcome: { hides: 'older-adult' },
          },
        ];
      }),
    ).toEqual([{ path: ['invariants', 0, 'when', 'question'], message: 'Unknown question "height"' }]);
  });

  test('an invariant that both shows and hides fails with the forms it may take', () => {
    expect(
      broken((p) => {
        p.invariants = [
          {
            id: 'both',
            description: 'Confused',
            outcome: { shows: 'older-adult', hides: 'older-adult' } as never,
          },
        ];
      }),
    ).toEqual([
      {
        path: ['invariants', 0, 'outcome'],
        message:
          'Expected { "shows": caveat id } (optionally with "first": true and "after"), { "showsOneOf": [caveat ids] }, { "hides": caveat id } or { "pointedTo": caveat id, "by": [caveat ids] }',
      },
    ]);
  });

  test('a pointer to or from an unknown caveat, or from a card to itself, fails, naming the path', () => {
    expect(
      broken((p) => {
        p.pointers = [{ to: 'ghost', line: 'Read the other card first.', on: ['k2-form', 'phantom'] }];
        p.invariants = [
          {
            id: 'wins',
            description: 'The ghost wins',
            outcome: { pointedTo: 'anticoagulant', by: ['anticoagulant', 'spectre'] },
          },
        ];
      }),
    ).toEqual([
      { path: ['pointers', 0, 'to'], message: 'Unknown caveat "ghost"' },
      { path: ['pointers', 0, 'on', 1], message: 'Unknown caveat "phantom"' },
      { path: ['invariants', 0, 'outcome', 'by', 1], message: 'Unknown caveat "spectre"' },
    ]);
    expect(
      broken((p) => {
        p.pointers = [{ to: 'anticoagulant', line: 'Read the other card first.', on: ['anticoagulant'] }];
      }),
    ).toEqual([{ path: ['pointers', 0, 'on', 0], message: 'Caveat "anticoagulant" cannot point to itself' }]);
  });

  test('a caveat review date must be a date', () => {
    expect(
      broken((p) => {
        p.caveats[0]!.review = {
          status: 'signed',
          by: 'A. Reviewer',
          credentials: 'MD',
          date: 'last spring',
        };
      }),
    ).toEqual([{ path: ['caveats', 0, 'review', 'date'], message: 'Expected a date as YYYY-MM-DD' }]);
  });

  test('a signed review names who signed it, with their credentials', () => {
    expect(
      broken((p) => {
        p.review = { status: 'signed', by: ' ', credentials: '', date: '2026-12-01' };
      }),
    ).toEqual([
      { path: ['review', 'by'], message: 'A signed review needs the name of the person who signed it' },
      { path: ['review', 'credentials'], message: 'A signed review needs the reviewer’s credentials' },
    ]);
  });

  test('a review is a record, never a bare date', () => {
    expect(
      broken((p) => {
        (p as unknown as { review: string }).review = '2026-11-29';
      }),
    ).toEqual([{ path: ['review'], message: expect.stringContaining('awaiting-review') }]);
  });

  test('a source read says when; a stored copy says where', () => {
    expect(
      broken((p) => {
        p.caveats[0]!.sources.external = [
          {
            cite: 'A page',
            publisher: 'A publisher',
            title: 'A page',
            url: 'https://example.org/',
            accessed: { date: '2026-12-01', copy: 'a shelf' },
          },
        ];
      }),
    ).toEqual([
      { path: ['caveats', 0, 'sources', 'external', 0, 'accessed', 'copy'], message: expect.any(String) },
    ]);
  });

  test('a notice is the widget’s own words, with no article section; any other caveat has one', () => {
    expect(
      broken((p) => {
        p.caveats[0]!.sources.article = [];
        const notice = p.caveats.find((c) => c.severity === 'notice')!;
        notice.sources.article = ['what-shapes-benefit'];
      }),
    ).toEqual([
      { path: ['caveats', 0, 'sources', 'article'], message: 'A caveat needs at least one article section' },
      {
        path: ['caveats', expect.any(Number), 'sources', 'article'],
        message: 'A notice is not from the article: give it no section',
      },
    ]);
  });
});

describe('a pack in a language the dosing guard has no patterns for', () => {
  test('is rejected, so no reader sees text the guard cannot check', () => {
    const result = Pack.safeParse({ ...d3k2, locale: 'fr' });
    expect(
      result.error?.issues.map((i) => [i.path, (i as { params?: { code?: string } }).params?.code]),
    ).toEqual([[['locale'], 'no_dosing_patterns']]);
  });

  test('a regional variant of a known language is fine', () => {
    expect(Pack.safeParse({ ...d3k2, locale: 'en-GB' }).success).toBe(true);
  });
});
