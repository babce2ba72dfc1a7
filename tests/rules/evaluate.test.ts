import { describe, expect, test } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import { caveatOrder } from '../../src/rules/context';
import { evaluate } from '../../src/rules/evaluate';
import { isDoseFree } from '../../src/text/dosing-guard';

describe('evaluating answers that are not valid', () => {
  test.each([
    [
      'an age written as words',
      { age: 'sixty' },
      ['age'],
      'Expected a whole number from 1 to 120 or one of: prefer_not',
    ],
    ['an age of 300', { age: 300 }, ['age'], 'Expected a whole number from 1 to 120'],
    [
      'an option the question does not have',
      { vitamin_d_test: 'very low' },
      ['vitamin_d_test'],
      'Expected one of: low, normal, high, never, dont_know',
    ],
    [
      'a single answer given as a list',
      { menopause: ['after'] },
      ['menopause'],
      'Expected one of: not_applicable, before, during, after, prefer_not',
    ],
    [
      '"None of these" ticked with a condition',
      { digestion: ['none', 'crohns'] },
      ['digestion'],
      'none / dont_know / prefer_not cannot be combined with other options',
    ],
    [
      'the same supplement ticked twice',
      { supplements: ['d3', 'd3'] },
      ['supplements'],
      'An option is ticked twice',
    ],
    [
      'an empty medication name',
      { medications: [{ typed: '   ' }] },
      ['medications', 0, 'typed'],
      'Empty medication name',
    ],
    [
      'a medication id we do not know',
      { medications: [{ typed: 'x', id: 'made-up' }] },
      ['medications', 0, 'id'],
      'Unknown medication id',
    ],
    [
      'a medication picked from the list with no name',
      { medications: [{ id: 'warfarin' }] },
      ['medications', 0, 'typed'],
      'Missing required field "typed"',
    ],
    ['a question the pack does not ask', { shoe_size: 42 }, ['shoe_size'], 'Unknown field "shoe_size"'],
  ])('rejects %s, naming the field', (_story, answers, path, message) => {
    const result = evaluate(d3k2, answers);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toContainEqual({
      code: expect.any(String),
      path,
      message: expect.stringContaining(message),
    });
  });

  test('lists every bad field at once, not just the first', () => {
    const result = evaluate(d3k2, { age: -1, menopause: 'x', natto: 3 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual([['age'], ['menopause'], ['natto']]);
  });

  test.each([null, 'answers', 42, [], undefined])('returns an error, never throws, for %j', (input) => {
    expect(() => evaluate(d3k2, input)).not.toThrow();
    expect(evaluate(d3k2, input).ok).toBe(false);
  });
});

describe('medicine answers out of bounds never void the warning', () => {
  const filler = 'lorem ipsum '.repeat(40); // 480 characters, four times the limit
  const ids = (result: ReturnType<typeof evaluate>) =>
    result.ok ? result.findings.map((f) => f.caveat.id) : [];

  test('an entry over the length limit is searched in full: the blood thinner at its end still leads', () => {
    const result = evaluate(d3k2, { medications: [{ typed: `${filler}metformin, Eliquis 5 mg` }] });
    expect(result.ok).toBe(true);
    expect(ids(result)[0]).toBe('anticoagulant');
    expect(result.issues).toEqual([
      { code: 'too_big', path: ['medications', 0, 'typed'], message: 'Longer than 120 characters' },
    ]);
  });

  test('too many entries are all read: a blood thinner as the 40th still leads', () => {
    const many = Array.from({ length: 39 }, (_, i) => ({ typed: `vitamin ${i}` }));
    const result = evaluate(d3k2, { medications: [...many, { typed: 'ワルファリン' }] });
    expect(result.ok).toBe(true);
    expect(ids(result)[0]).toBe('anticoagulant-vka');
    expect(result.issues).toEqual([
      { code: 'too_big', path: ['medications'], message: 'More than 30 medications' },
    ]);
  });

  test('both at once are both named, and every entry in bounds is read as usual', () => {
    const many = Array.from({ length: 31 }, () => ({ typed: 'metformin' }));
    const result = evaluate(d3k2, { medications: [{ typed: `${filler}Xarelto` }, ...many] });
    expect(ids(result)[0]).toBe('anticoagulant');
    expect(result.issues.map((i) => i.path)).toEqual([['medications', 0, 'typed'], ['medications']]);
  });

  test('answers in bounds come back ok with no issues', () => {
    const result = evaluate(d3k2, { medications: [{ typed: 'warfarin' }] });
    expect(result).toMatchObject({ ok: true, issues: [] });
  });

  test('another bad field still makes the answers unreadable (ok: false), naming every field', () => {
    const result = evaluate(d3k2, { age: 300, medications: [{ typed: `${filler}warfarin` }] });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.path)).toEqual([['age'], ['medications', 0, 'typed']]);
  });
});

describe('evaluation', () => {
  test('keeps medications it cannot recognise, so the reader can mention them to a pharmacist', () => {
    const result = evaluate(d3k2, { medications: [{ typed: 'Zorblax' }, { typed: 'warfarin' }] });
    expect(result.ok && result.unrecognisedMedications.map((m) => m.typed)).toEqual(['Zorblax']);
  });

  test('keeps near misses too, even of medicines no rule asks about', () => {
    const result = evaluate(d3k2, {
      medications: [{ typed: 'metformn' }, { typed: 'Lipitr' }, { typed: 'Xareltoo' }, { typed: 'warfarin' }],
    });
    expect(result.ok && result.unrecognisedMedications.map((m) => m.typed)).toEqual([
      'metformn',
      'Lipitr',
      'Xareltoo',
    ]);
  });

  test('gives the same result for the same answers', () => {
    const answers = { age: 70, natto: 'rarely', medications: [{ typed: 'Eliquis' }] };
    expect(evaluate(d3k2, answers)).toEqual(evaluate(d3k2, structuredClone(answers)));
  });

  test('shows the always-shown caveats, after the blood-thinner warning as a condition, to a reader who answered nothing', () => {
    const result = evaluate(d3k2, {});
    expect(result.ok && result.findings.map((f) => f.caveat.id)).toEqual([
      'anticoagulant-if-taken',
      'pairing-evidence',
      'amounts-for-your-provider',
    ]);
  });
});

describe('a rule for readers who did not answer a question', () => {
  // A copy of the pack whose "older adult" caveat is for readers who did not give their age, and whose
  // calcium caveat is for readers who did not say which supplements they take.
  const pack = structuredClone(d3k2.pack);
  const ruleOf = (caveat: string) => pack.rules.find((r) => r.caveat === caveat)!;
  ruleOf('older-adult').when = { type: 'unanswered', question: 'age' };
  ruleOf('calcium-supplements').when = { type: 'unanswered', question: 'supplements' };
  const shown = (answers: object) => {
    const result = evaluate({ ...d3k2, pack }, answers);
    if (!result.ok) throw new Error('answers should be valid');
    return result.findings.map((f) => f.caveat.id);
  };

  test.each([
    ['skipped', {}, true],
    ['"prefer not to say"', { age: 'prefer_not' }, true],
    ['an age', { age: 40 }, false],
  ])('holds for a number question %s: %s', (_answer, answers, holds) => {
    expect(shown(answers).includes('older-adult')).toBe(holds);
  });

  test.each([
    ['skipped', {}, true],
    ['nothing ticked', { supplements: [] }, true],
    ['only "I don\'t know"', { supplements: ['dont_know'] }, true],
    ['"None of these"', { supplements: ['none'] }, false],
    ['D3 ticked', { supplements: ['d3'] }, false],
  ])('holds for a multi question %s: %s', (_answer, answers, holds) => {
    expect(shown(answers).includes('calcium-supplements')).toBe(holds);
  });

  test('is decided, never "not assessed": the caveat is shown or not, and not listed as unchecked', () => {
    const result = evaluate({ ...d3k2, pack }, { age: 40 });
    expect(result.ok && result.notAssessed.map((n) => n.caveat.id)).not.toContain('older-adult');
  });
});

describe('a rule about one medicine by name rather than by class', () => {
  // A copy of the pack whose warfarin-type card is about warfarin alone.
  const pack = structuredClone(d3k2.pack);
  const at = pack.rules.findIndex((r) => r.caveat === 'anticoagulant-vka');
  pack.rules[at] = {
    caveat: 'anticoagulant-vka',
    when: { type: 'medication', question: 'medications', anyOf: ['warfarin'] },
  };
  const shown = (typed: string, id?: string) => {
    const result = evaluate({ ...d3k2, pack }, { medications: [id ? { typed, id } : { typed }] });
    return result.ok && result.findings.some((f) => f.caveat.id === 'anticoagulant-vka');
  };

  test.each([
    ['a brand of it', 'Coumadin 5 mg'],
    ['a near miss of its name', 'warfarn'],
  ])('holds for %s ("%s")', (_story, typed) => {
    expect(shown(typed)).toBe(true);
  });

  test('holds when the reader picked it from the list', () => {
    expect(shown('the pink one', 'warfarin')).toBe(true);
  });

  test('does not hold for another blood thinner', () => {
    expect(shown('Eliquis')).toBe(false);
  });
});

describe('echoing a near miss in its why line', () => {
  test("falls back to the suggestion when the template and the reader's words make dosing advice", () => {
    const pack = structuredClone(d3k2.pack);
    pack.medicationReasons.nearMiss = 'You take {typed}, close to {suggestion}';
    const result = evaluate({ ...d3k2, pack }, { medications: [{ typed: 'Xareltoo intake' }] });
    const because = result.ok ? result.findings.flatMap((f) => f.because.map((b) => b.text)) : [];
    expect(because).toContain('You take Xarelto, close to Xarelto');
    expect(because.every((text) => isDoseFree(text))).toBe(true);
  });
});

describe('the order caveats are listed in', () => {
  test('is severity, then article section, then pack order', () => {
    expect(caveatOrder(d3k2.pack).map((c) => c.id)).toEqual([
      'anticoagulant-vka',
      'anticoagulant',
      'anticoagulant-if-taken',
      'for-adults',
      'low-level',
      'high-dose-d3',
      'high-level',
      'test-your-level',
      'fat-digestion',
      'older-adult',
      'antiplatelet-check',
      'calcium-supplements',
      'pairing-evidence',
      'mixed-results',
      'postmenopausal-bones',
      'evidence-bone-density',
      'evidence-mk7-bone-density',
      'evidence-heart',
      'adequate-level',
      'midlife-bones',
      'with-fat',
      'k2-form',
      'natto-eater',
      'low-k2-diet',
      'evidence-k2-fractures',
      'evidence-immune',
      'evidence-combined',
      'sun-and-food',
      'amounts-for-your-provider',
    ]);
  });

  test('keeps pack order between caveats of the same severity and section', () => {
    const reversed = { ...d3k2.pack, caveats: [...d3k2.pack.caveats].reverse() };
    const infoInWhatShapes = (pack: typeof d3k2.pack) =>
      caveatOrder(pack)
        .filter((c) => c.severity === 'info' && c.sources.article[0] === 'what-shapes-benefit')
        .map((c) => c.id);
    expect(infoInWhatShapes(reversed)).toEqual(infoInWhatShapes(d3k2.pack).reverse());
  });
});

describe('an entry that lists several medicines', () => {
  test('"Eliquis 5mg twice daily, metformn" finds the blood thinner and keeps the misspelt metformin', () => {
    const result = evaluate(d3k2, { medications: [{ typed: 'Eliquis 5mg twice daily, metformn' }] });
    if (!result.ok) throw new Error('expected valid answers');
    expect(result.findings[0]?.caveat.id).toBe('anticoagulant');
    expect(result.unrecognisedMedications).toMatchObject([{ status: 'near-miss', typed: 'metformn' }]);
  });
});

describe('blood thinners, whatever the reader tells us', () => {
  const ids = (answers: unknown) => {
    const result = evaluate(d3k2, answers);
    if (!result.ok) throw new Error('expected valid answers');
    return result.findings.map((f) => f.caveat.id);
  };

  test.each(['aspirin 81 mg', 'Plavix', 'Brilinta', 'prasugrel', 'Persantin', 'Pletal', 'ticlopidine'])(
    '"%s" gets the antiplatelet caution, not the anticoagulant interaction card',
    (typed) => {
      const shown = ids({ medications: [{ typed }] });
      expect(shown).toContain('antiplatelet-check');
      expect(shown).not.toContain('anticoagulant');
      expect(shown).not.toContain('anticoagulant-vka');
    },
  );

  test('an antiplatelet beside an anticoagulant: the interaction card first, the caution too', () => {
    const shown = ids({ medications: [{ typed: 'warfarin' }, { typed: 'aspirin' }] });
    expect(shown[0]).toBe('anticoagulant-vka');
    expect(shown).toContain('antiplatelet-check');
  });
});
