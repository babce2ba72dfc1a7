import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import type { Condition } from '../../src/schema/condition';
import { formatPath } from '../../src/schema/issues';
import { withInvariants } from '../../tools/check/check-article';
import { checkPack } from '../../tools/check/check-pack';

const d3k2WithInvariants = withInvariants(d3k2, d3k2.pack);

const options = { today: '2026-11-29', maxAgeDays: 365 };
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/packs/${name}.json`, import.meta.url), 'utf8'));

/** Each problem as "level path: message", the way an editor reads the report. */
const problems = (input: unknown) =>
  checkPack(input, d3k2, options).problems.map(
    (p) => `${p.level} ${formatPath(p.path, '(the pack)')}: ${p.message}`,
  );

describe('an editor checking a pack', () => {
  test('a sound pack passes with nothing to report', () => {
    expect(problems(fixture('good'))).toEqual([]);
  });

  test.each([
    [
      'a schema error',
      'schema-error',
      ['error caveats[0].severity: Expected one of: interaction, notice, caution, info'],
    ],
    [
      'dosing language in a displayed string, quoting it',
      'dosing-language',
      [
        'error caveats[1].body: Displayed text must not contain dosing language (amounts or take/raise/lower/stop): found "2,000 IU"',
      ],
    ],
    [
      'unknown questions, options and caveats, deep inside conditions',
      'unknown-references',
      [
        'error rules[0].when.of[0].question: Unknown question "height"',
        'error rules[0].when.of[1].of[1].anyOf[1]: Question "menopause" has no option "late"',
        'error invariants[0].outcome.shows: Unknown caveat "elderly"',
      ],
    ],
    ['a duplicate id', 'duplicate-ids', ['error questions[3].id: Duplicate question id "age"']],
    [
      'a caveat no combination of answers can show',
      'unreachable-caveat',
      [
        'error rules[1].when: Caveat "older-adult" can never be shown: no combination of answers makes its rule hold',
      ],
    ],
    [
      'a part of a condition that can never hold (menopause is not asked of men)',
      'condition-never-holds',
      ['error rules[0].when.of[1]: This part of the condition can never hold, whatever the reader answers'],
    ],
    [
      'a caveat shown to everyone without being marked always',
      'shown-to-everyone',
      [
        'error rules[1].when: Caveat "older-adult" is shown to every reader who answers its questions: mark it "always": true instead of giving it a rule',
      ],
    ],
    [
      'a question no rule uses (a warning)',
      'unused-question',
      [
        'warning questions[3]: Question "shoe_size" is not used by any rule, directly or through another question\'s showIf: its answer changes nothing',
      ],
    ],
    [
      'visibility that loops back on itself',
      'showif-cycle',
      [
        'error questions[1].showIf: Question "sex" is shown only depending on questions that depend on it: sex → menopause → sex',
      ],
    ],
    [
      'a caveat with no sources',
      'missing-section',
      ['error caveats[0].sources: Missing required field "sources"'],
    ],
    [
      'a caveat from a section the article does not declare',
      'unknown-section',
      ['error caveats[0].sources.article[0]: Unknown section "conclusion"'],
    ],
    [
      'reviews older than the allowed age (warnings)',
      'stale-review',
      [
        'warning review: Pack "fixture" (en) was last signed on 2020-01-15, 2510 days ago (more than 365): review it again',
        'warning caveats[1].review: Caveat "older-adult" was last signed on 2019-06-01, 2738 days ago (more than 365): review it again',
      ],
    ],
    [
      'an invariant that fails, with a reader for whom it fails',
      'failing-invariant',
      [
        'error invariants[0]: Invariant "older-first" fails (Readers of 65 or more see the older-adult caveat first): a reader who answers {"age":65,"sex":"female","menopause":"after"} is shown "postmenopausal", "older-adult", "provider", expected "older-adult" first',
      ],
    ],
    [
      'a card that should point to the blood-thinner card but does not, with a reader who sees it without the line',
      'pointer-missing',
      [
        'error invariants[0]: Invariant "warning-wins" fails (The cards about K2 point to the blood-thinner card): a reader who answers {"age":65,"medications":[{"typed":"warfarin"}]} is shown "blood-thinner", "older-adult", "provider", expected "older-adult" after "blood-thinner", with a line pointing to it',
      ],
    ],
  ])('reports %s', (_story, name, expected) => {
    expect(problems(fixture(name))).toEqual(expected);
  });

  // Codes are what a tool matches on; the messages above are for people and may be reworded.
  test.each([
    ['schema-error', ['invalid_value']],
    ['dosing-language', ['dosing_language']],
    ['unknown-references', ['unknown_reference', 'unknown_reference', 'unknown_reference']],
    ['duplicate-ids', ['duplicate_id']],
    ['unreachable-caveat', ['never_shown']],
    ['condition-never-holds', ['never_holds']],
    ['shown-to-everyone', ['shown_to_everyone']],
    ['unused-question', ['unused_question']],
    ['showif-cycle', ['showif_loop']],
    ['missing-section', ['missing']],
    ['unknown-section', ['unknown_reference']],
    ['stale-review', ['review_due', 'review_due']],
    ['failing-invariant', ['invariant_fails']],
    ['pointer-missing', ['invariant_fails']],
  ])('gives the problems in %s the codes %j', (name, codes) => {
    expect(checkPack(fixture(name), d3k2, options).problems.map((p) => p.code)).toEqual(codes);
  });

  test('a review age can be chosen', () => {
    expect(checkPack(fixture('good'), d3k2, { today: '2026-11-29', maxAgeDays: 7 }).problems).toEqual([
      {
        level: 'warning',
        code: 'review_due',
        path: ['review'],
        message:
          'Pack "fixture" (en) was last signed on 2026-11-01, 28 days ago (more than 7): review it again',
      },
    ]);
  });

  test('a review dated in the future is flagged as a likely typo', () => {
    const review = { status: 'signed', by: 'A. Reviewer', credentials: 'MD', date: '2062-11-01' };
    const pack = { ...(fixture('good') as object), review };
    expect(problems(pack)).toEqual([
      'warning review: Pack "fixture" (en) says A. Reviewer signed it on 2062-11-01, which is in the future',
    ]);
  });

  test('a pack awaiting review is reported (a warning), and its unread sources are named for the reviewer', () => {
    const pack = structuredClone(fixture('good')) as {
      review: object;
      caveats: { sources: { external?: object[] } }[];
    };
    pack.review = { status: 'awaiting-review' };
    pack.caveats[0]!.sources.external = [
      { cite: 'A page', publisher: 'A publisher', title: 'A page', url: 'https://example.org/' },
      {
        cite: 'Read',
        publisher: 'A publisher',
        title: 'Read',
        url: 'https://example.org/r',
        accessed: { date: '2026-11-01' },
      },
    ];
    expect(problems(pack)).toEqual([
      'warning review: Pack "fixture" (en) awaits a medical review: readers are not told it was reviewed until a named person signs it',
      'warning caveats[0].sources.external[0]: Caveat "postmenopausal" names A publisher, "A page", which nobody has read yet: the reviewer checks it',
    ]);
  });

  test('a signed review without a name or a date is an error, not a signature', () => {
    const pack = { ...(fixture('good') as object), review: { status: 'signed', by: '', credentials: 'MD' } };
    expect(problems(pack)).toEqual([
      'error review.by: A signed review needs the name of the person who signed it',
      'error review.date: Expected a date as YYYY-MM-DD',
    ]);
  });
});

describe('checks that need the medication list', () => {
  test('a medicine the list does not know, in a condition or a shortcut, is reported at its path', () => {
    const pack = structuredClone(d3k2WithInvariants);
    pack.rules[0] = {
      caveat: 'anticoagulant-vka',
      when: { type: 'medication', question: 'medications', anyOf: ['warfarin', 'zorblax'] },
    };
    const medications = pack.questions.find((q) => q.kind === 'medications');
    if (medications?.kind === 'medications') medications.shortcuts[0]!.medication = 'thinner';
    expect(problems(pack).filter((p) => p.startsWith('error'))).toEqual([
      'error rules[0].when.anyOf[1]: Unknown medication "zorblax"',
      'error questions[13].shortcuts[0].medication: Unknown medication "thinner"',
    ]);
  });
});

describe('conditions on visibility and invariants', () => {
  test('a question whose showIf can never hold is never asked', () => {
    const pack = structuredClone(d3k2WithInvariants);
    pack.questions[1]!.showIf = {
      type: 'all',
      of: [
        { type: 'choice', question: 'latitude', anyOf: ['far'] },
        { type: 'choice', question: 'latitude', anyOf: ['near'] },
      ],
    };
    expect(problems(pack)).toContain(
      'error questions[1].showIf: Question "menopause" is never asked: its showIf can never hold',
    );
  });

  test('an invariant about readers who cannot exist proves nothing', () => {
    const pack = structuredClone(d3k2WithInvariants);
    pack.invariants = [
      {
        id: 'vacuous',
        description: 'Readers over 200 see the older-adult caveat',
        when: { type: 'atLeast', question: 'age', value: 200 },
        outcome: { shows: 'older-adult' },
      },
    ];
    expect(problems(pack)).toContain(
      'error invariants[0].when: Invariant "vacuous" proves nothing: its "when" can never hold',
    );
  });
});

describe('a condition too big to check exactly', () => {
  test('is reported rather than left to run for minutes', () => {
    const pack = structuredClone(d3k2WithInvariants);
    // Nine questions of five answers each (four options and "skipped"), latitude and age six: 5^9 × 6² combinations.
    const answers: [string, string][] = [
      ['sunlight', 'rarely'],
      ['latitude', 'far'],
      ['skin_tone', 'darker'],
      ...['natto', 'fermented_other', 'hard_cheese', 'egg_yolks', 'fatty_fish', 'fortified'].map(
        (q): [string, string] => [q, 'rarely'],
      ),
    ];
    const at = pack.rules.findIndex((r) => r.caveat === 'low-k2-diet');
    pack.rules[at] = {
      caveat: 'low-k2-diet',
      when: {
        type: 'any',
        of: [
          ...answers.map(([question, option]) => ({ type: 'choice' as const, question, anyOf: [option] })),
          { type: 'atLeast', question: 'age', value: 65 },
        ],
      },
    };
    // The "pointed to by" invariants need not read it: the card carries its lines, so they hold whatever it says.
    const tooMany = (where: string, upTo: string) =>
      `error ${where}: Too many combinations of answers to check exactly (up to ${upTo}, more than 1,000,000): split the condition, or make it read fewer questions`;
    expect(problems(pack).filter((p) => p.startsWith('error'))).toEqual([
      tooMany(`rules[${at}].when`, '14,062,500'),
    ]);
  });
});

describe('invariants', () => {
  const withInvariant = (invariant: object) => ({ ...(fixture('good') as object), invariants: [invariant] });

  test('a "hides" promise that holds passes: men are not asked about menopause', () => {
    const invariant = {
      id: 'men',
      description: 'Men never see the menopause caveat',
      when: { type: 'choice', question: 'sex', anyOf: ['male'] },
      outcome: { hides: 'postmenopausal' },
    };
    expect(problems(withInvariant(invariant))).toEqual([]);
  });

  test('a "hides" promise that fails names a reader who sees the caveat', () => {
    const invariant = {
      id: 'women',
      description: 'Women never see the menopause caveat',
      when: { type: 'choice', question: 'sex', anyOf: ['female'] },
      outcome: { hides: 'postmenopausal' },
    };
    expect(problems(withInvariant(invariant))).toEqual([
      'error invariants[0]: Invariant "women" fails (Women never see the menopause caveat): a reader who answers {"sex":"female","menopause":"after"} is shown "postmenopausal", "provider", expected no "postmenopausal"',
    ]);
  });

  test('a "pointed to by" promise holds once every card it names carries the line', () => {
    const pack = fixture('pointer-missing') as { pointers: { on: string[] }[] };
    pack.pointers[0]!.on.push('older-adult');
    expect(problems(pack)).toEqual([]);
  });

  test('a "pointed to by" promise fails for a card listed before the card it must follow', () => {
    const pack = fixture('pointer-missing') as {
      pointers: { on: string[] }[];
      caveats: { id: string; severity: string }[];
    };
    pack.pointers[0]!.on.push('older-adult');
    // An interaction in an earlier section than the blood-thinner card is listed before it.
    const postmenopausal = pack.caveats.find((c) => c.id === 'postmenopausal')!;
    postmenopausal.severity = 'interaction';
    expect(problems(pack)).toEqual([
      'error invariants[0]: Invariant "warning-wins" fails (The cards about K2 point to the blood-thinner card): a reader who answers {"sex":"female","menopause":"after","medications":[{"typed":"warfarin"}]} is shown "postmenopausal", "blood-thinner", "provider", expected "postmenopausal" after "blood-thinner", with a line pointing to it',
    ]);
  });

  test('a promise for every reader needs no "when"', () => {
    const invariant = {
      id: 'all',
      description: 'Everyone sees the provider caveat',
      outcome: { shows: 'provider' },
    };
    expect(problems(withInvariant(invariant))).toEqual([]);
  });
});

describe('the D3 + K2 pack', () => {
  const result = checkPack(d3k2WithInvariants, d3k2, options);

  test('has no errors; its warnings say only that it awaits review and which sources nobody has read', () => {
    expect(result.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect([...new Set(result.problems.map((p) => p.code))]).toEqual(['awaiting_review', 'source_unread']);
  });

  test('declares its safety invariants, and all of them hold', () => {
    expect(d3k2WithInvariants.invariants?.map((i) => i.id)).toEqual([
      'blood-thinner-card-first',
      'warfarin-type-wording',
      'mechanism-only-for-warfarin-type',
      'other-blood-thinner-first',
      'unsure-blood-thinner-first',
      'medicines-unsaid-warned-first',
      'medicines-unsaid-no-listed-card',
      'medicine-unconfirmed-warned-first',
      'one-card-for-warfarin-type',
      'one-card-for-warfarin-type-not-conditional',
      'one-card-for-other-blood-thinners',
      'medicines-read-no-conditional-card',
      'steady-vitamin-k-for-warfarin-type',
      'steady-vitamin-k-if-taken',
      'under-18-told-results-are-for-adults',
      ...[
        'test-your-level',
        'low-level',
        'adequate-level',
        'calcium-supplements',
        'mixed-results',
        'postmenopausal-bones',
        'midlife-bones',
        'older-adult',
        'evidence-bone-density',
        'evidence-k2-fractures',
        'evidence-mk7-bone-density',
        'evidence-heart',
        'evidence-immune',
        'evidence-combined',
      ].map((id) => `under-18-no-${id}`),
      'untested-told-to-test',
      'older-adult',
      'amounts-for-your-provider',
      'no-menopause-research-when-not-after',
      'pairing-hedge-for-everyone',
      'bones-reason-sees-k2-evidence',
      'antiplatelet-caution',
      'anticoagulant-vka-card-wins',
      'anticoagulant-card-wins',
      'anticoagulant-if-taken-card-wins',
    ]);
    expect(result.problems.filter((p) => p.path[0] === 'invariants')).toEqual([]);
  });

  /** The pack with one caveat's rule changed, by caveat id. */
  const withRule = (caveat: string, when: (was: Condition) => Condition) => {
    const pack = structuredClone(d3k2WithInvariants);
    const rule = pack.rules.find((r) => r.caveat === caveat)!;
    rule.when = when(rule.when);
    return pack;
  };
  const failing = (pack: unknown, invariant: string) =>
    problems(pack).find((p) => p.includes(`Invariant "${invariant}" fails`));

  test('an editor who demotes the warfarin-type card to a caution is shown a reader it now fails', () => {
    const pack = structuredClone(d3k2WithInvariants);
    pack.caveats.find((c) => c.id === 'anticoagulant-vka')!.severity = 'caution';
    expect(failing(pack, 'blood-thinner-card-first')).toMatch(
      /a reader who answers \{"medications":\[\{"typed":"warfarin"\}\]\} is shown "for-adults"|expected "anticoagulant-vka" or "anticoagulant" or "anticoagulant-if-taken" first/,
    );
  });

  test('an editor who gives the warfarin mechanism to every blood thinner is shown a reader on another type', () => {
    const pack = withRule('anticoagulant-vka', () => ({
      type: 'medicationClass',
      question: 'medications',
      class: 'anticoagulant',
    }));
    expect(failing(pack, 'mechanism-only-for-warfarin-type')).toMatch(/expected no "anticoagulant-vka"/);
  });

  test('an editor who lets the card for other blood thinners show beside the warfarin-type one is told so', () => {
    const pack = withRule('anticoagulant', () => ({
      type: 'medicationClass',
      question: 'medications',
      class: 'anticoagulant',
    }));
    expect(failing(pack, 'one-card-for-warfarin-type')).toMatch(/warfarin/);
  });

  test('a pack whose natto card lacks the steady-vitamin-K line fails, with a warfarin-type reader who eats natto', () => {
    const pack = structuredClone(d3k2WithInvariants);
    const steady = pack.pointers!.find((p) => p.id === 'steady-vitamin-k')!;
    steady.on = steady.on.filter((id) => id !== 'natto-eater');
    expect(failing(pack, 'steady-vitamin-k-for-warfarin-type')).toMatch(
      /"natto":"weekly".*expected "natto-eater" after "anticoagulant-vka", with the line of pointer "steady-vitamin-k"/,
    );
  });

  test('an editor who forgets that a research card is for adults is shown a reader under 18 who sees it', () => {
    const pack = withRule('low-level', () => ({
      type: 'choice',
      question: 'vitamin_d_test',
      anyOf: ['low'],
    }));
    expect(failing(pack, 'under-18-no-low-level')).toMatch(/"age":1,"vitamin_d_test":"low"/);
  });

  test('an editor who raises another card above the note for readers under 18 is shown a reader who reads it first', () => {
    const pack = structuredClone(d3k2WithInvariants);
    pack.caveats.find((c) => c.id === 'high-dose-d3')!.severity = 'interaction';
    expect(failing(pack, 'under-18-told-results-are-for-adults')).toMatch(
      /"age":1.*"d3_strength":"yes".*is shown "anticoagulant-if-taken", "high-dose-d3", "for-adults".*expected "for-adults" first \(after "anticoagulant-vka" or "anticoagulant" or "anticoagulant-if-taken" only\)/,
    );
  });

  test('an editor who demotes the conditional blood-thinner warning to a caution is shown a reader who skipped the medicines question', () => {
    const pack = structuredClone(d3k2WithInvariants);
    const conditional = pack.caveats.find((c) => c.id === 'anticoagulant-if-taken');
    conditional!.severity = 'caution';
    expect(problems(pack).find((p) => p.includes('"medicines-unsaid-warned-first" fails'))).toMatch(
      /expected "anticoagulant-if-taken" first/,
    );
  });

  test('an editor who drops the "medicine we could not confirm" part of the conditional rule is shown a reader it now misses', () => {
    const pack = structuredClone(d3k2WithInvariants);
    const rule = pack.rules.find((r) => r.caveat === 'anticoagulant-if-taken')!;
    rule.when = { type: 'unanswered', question: 'medications' };
    expect(problems(pack).find((p) => p.includes('"medicine-unconfirmed-warned-first" fails'))).toMatch(
      /Zorblax/,
    );
  });

  test('an editor who drops the "medicines answered" part of the blood-thinner rule is told the two cards would show together', () => {
    const pack = withRule('anticoagulant', (was) => ({
      type: 'any',
      of: [was, { type: 'unanswered', question: 'medications' }],
    }));
    expect(failing(pack, 'medicines-unsaid-no-listed-card')).toBeDefined();
  });

  test('an editor who narrows the conditional blood-thinner rule to adults is shown a reader it now misses', () => {
    const pack = withRule('anticoagulant-if-taken', (was) => ({
      type: 'all',
      of: [was, { type: 'atLeast', question: 'age', value: 18 }],
    }));
    expect(failing(pack, 'unsure-blood-thinner-first')).toMatch(
      /a reader who answers \{"medications":\[\{"typed":"blood thinner"\}\]\} is shown "pairing-evidence", "amounts-for-your-provider", expected "anticoagulant-if-taken" first/,
    );
  });
});
