import { describe, expect, test } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import { evaluate } from '../../src/rules/evaluate';
import type { Answers } from '../../src/schema/answers';
import { Pack } from '../../src/schema/pack';
import { withInvariants } from '../../tools/check/check-article';
import { caveatStories, meds, storyReaders } from './stories';

const d3k2WithInvariants = withInvariants(d3k2, d3k2.pack);

function shown(answers: Answers): string[] {
  const result = evaluate(d3k2, answers);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.findings.map((f) => f.caveat.id);
}

describe('the D3 + K2 pack', () => {
  test('is a valid pack', () => {
    const parsed = Pack.safeParse(d3k2.pack);
    expect(parsed.error?.issues).toBeUndefined();
  });

  test('keeps its invariants beside the pack, in the registry entry, and the pack joined to them is valid', () => {
    expect(d3k2.pack).not.toHaveProperty('invariants');
    expect(d3k2.invariants.length).toBeGreaterThan(0);
    expect(Pack.safeParse(d3k2WithInvariants).error?.issues).toBeUndefined();
  });

  test('has a story for every caveat, so none goes untested', () => {
    expect(Object.keys(caveatStories).sort()).toEqual(d3k2.pack.caveats.map((c) => c.id).sort());
  });

  for (const [caveat, { shows, hides }] of Object.entries(caveatStories)) {
    describe(`caveat "${caveat}"`, () => {
      test.each(shows)('shows for %s', (_reader, answers) => {
        expect(shown(answers)).toContain(caveat);
      });
      if (hides.length) {
        test.each(hides)('does not show for %s', (_reader, answers) => {
          expect(shown(answers)).not.toContain(caveat);
        });
      }
    });
  }
});

describe('an older reader on Coumadin who takes D3 and calcium', () => {
  const result = evaluate(d3k2, storyReaders['an older reader on Coumadin who takes D3 and calcium']);

  test('sees the blood-thinner interaction first, explained in plain words', () => {
    if (!result.ok) throw new Error('answers should be valid');
    const [first] = result.findings;
    expect(first?.caveat.id).toBe('anticoagulant-vka');
    expect(first?.because.map((b) => b.text)).toEqual([
      'You take Coumadin, a brand of warfarin, a blood thinner that works against vitamin K',
    ]);
  });

  test('sees cautions before background information, each group in article order', () => {
    if (!result.ok) throw new Error('answers should be valid');
    expect(result.findings.map((f) => f.caveat.id)).toEqual([
      'anticoagulant-vka',
      'older-adult',
      'calcium-supplements',
      'pairing-evidence',
      'mixed-results',
      'midlife-bones',
      'amounts-for-your-provider',
    ]);
  });

  test('is told which caveats could not be assessed, and which answers would decide them', () => {
    if (!result.ok) throw new Error('answers should be valid');
    const notAssessed = Object.fromEntries(result.notAssessed.map((n) => [n.caveat.id, n.missing]));
    expect(notAssessed['test-your-level']).toEqual(['vitamin_d_test']);
    expect(notAssessed['postmenopausal-bones']).toEqual(['menopause']);
    expect(notAssessed['sun-and-food']).toEqual([
      'sunlight',
      'latitude',
      'skin_tone',
      'fatty_fish',
      'egg_yolks',
      'fortified',
    ]);
    expect(notAssessed).not.toHaveProperty('k2-form'); // not taking K2, so the form question does not apply
  });
});

describe('a reader who answers "prefer not to say"', () => {
  test('is not assessed on age rather than assumed young or old', () => {
    const result = evaluate(d3k2, { age: 'prefer_not' });
    if (!result.ok) throw new Error('answers should be valid');
    expect(result.notAssessed.find((n) => n.caveat.id === 'older-adult')?.missing).toEqual(['age']);
    // The medicines question was skipped too: the blood-thinner warning as a condition leads.
    expect(result.findings.map((f) => f.caveat.id)).toEqual([
      'anticoagulant-if-taken',
      'pairing-evidence',
      'amounts-for-your-provider',
    ]);
  });
});

describe('a reader who takes a blood thinner but is not sure which', () => {
  test('is told plainly why the interaction caveat applies', () => {
    const result = evaluate(d3k2, {
      medications: [{ typed: "I take a blood thinner but I'm not sure which", id: 'blood-thinner-unsure' }],
    });
    if (!result.ok) throw new Error('answers should be valid');
    expect(result.findings[0]?.caveat.id).toBe('anticoagulant-if-taken');
    expect(result.findings[0]?.because.map((b) => b.text)).toEqual([
      'You take a blood thinner, not sure which one',
    ]);
  });
});

describe('a reader who lists two medicines in one entry', () => {
  test('is assessed for both: "Xenical and Coumadin" brings the interaction and the absorption caveats', () => {
    const ids = shown(meds('Xenical and Coumadin'));
    expect(ids[0]).toBe('anticoagulant-vka');
    expect(ids).toContain('fat-digestion');
  });
});

describe('a reader who named a medicine we could not confirm', () => {
  test('is told so in the conditional card, by the name they typed (without its amount), not "your answers don’t show"', () => {
    const result = evaluate(d3k2, meds('Zorblax 10 mg'));
    if (!result.ok) throw new Error('answers should be valid');
    const [first] = result.findings;
    expect(first?.caveat.id).toBe('anticoagulant-if-taken');
    expect(first?.because.map((b) => b.text)).toEqual([
      'We couldn’t confirm “Zorblax”: ask your pharmacist whether it is a blood thinner',
    ]);
  });

  test('a reader who skipped the question is told their answers don’t show their medicines', () => {
    const result = evaluate(d3k2, {});
    if (!result.ok) throw new Error('answers should be valid');
    expect(result.findings[0]?.because.map((b) => b.text)).toEqual([
      'Your answers don’t show which medicines you take',
    ]);
  });
});

describe('a 15-year-old reader', () => {
  const result = evaluate(d3k2, storyReaders['a 15-year-old reader']);
  const ids = result.ok ? result.findings.map((f) => f.caveat.id) : [];

  test('reads the blood-thinner card first, then that the results are written for adults', () => {
    expect(ids.slice(0, 2)).toEqual(['anticoagulant-vka', 'for-adults']);
  });

  test('is shown no conclusion drawn from research in adults', () => {
    for (const id of [
      'low-level',
      'calcium-supplements',
      'mixed-results',
      'evidence-k2-fractures',
      'evidence-heart',
    ])
      expect(ids).not.toContain(id);
    expect(ids).toContain('amounts-for-your-provider');
  });
});
