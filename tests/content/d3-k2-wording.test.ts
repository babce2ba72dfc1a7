import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import { aboutK2 } from '../../src/content/d3-k2/pointers';
import { quotes } from '../../src/content/d3-k2/quotes';
import { evaluate } from '../../src/rules/evaluate';
import type { Caveat } from '../../src/schema/pack';
import { en } from '../../src/ui/messages/en';
import { messageStrings } from './message-strings';

const { caveats } = d3k2.pack;

/** What a reader sees of a caveat: title, body, the question to ask, the evidence note. */
const shownText = (c: Caveat) =>
  [c.title, c.body, c.ask ?? '', c.evidence?.area ?? '', c.evidence?.note ?? ''].join(' ').toLowerCase();

/**
 * The article's hedges each caveat must keep in its title or body (case-insensitive), and wordings a
 * review found bent or unplain that must not come back.
 */
const hedges: Record<string, { keep: string[]; never?: string[] }> = {
  anticoagulant: {
    keep: [
      'warfarin',
      'other anticoagulant medicines',
      'not a small matter',
      'prescriber',
      'change anything',
    ],
    never: ['the article stresses', 'pathway'],
  },
  // The same warning as a condition, for a reader who did not say which medicines they use, or
  // listed one we could not confirm.
  'anticoagulant-if-taken': {
    keep: [
      'if you take a blood thinner',
      'warfarin',
      'not a small matter',
      'can change',
      'prescriber',
      'change anything',
    ],
    never: ['you take a blood thinner.', 'pathway'],
  },
  'high-dose-d3': {
    keep: ['very high amounts', 'over a long time', 'can'],
    never: ['strong vitamin', 'safety margin'],
  },
  'test-your-level': { keep: ['probably', 'likely', 'may', 'blood test'] },
  'low-level': { keep: ['mixed', 'some find', 'very little', 'seems'], never: ['kind of information'] },
  'fat-digestion': { keep: ['can lower'] },
  'older-adult': { keep: ['tend'] },
  // The blood-thinner warning is no longer a sentence for every reader: the card points to the
  // interaction card whenever that applies (see the pointer tests below and the pack's invariant).
  'calcium-supplements': { keep: ['theory', 'not yet conclusive'], never: ['more pointed'] },
  'pairing-evidence': {
    keep: ['observational', 'smaller trials', 'theory', 'not yet conclusive', 'strong recommendations'],
  },
  'mixed-results': { keep: ['mixed', 'not consistent', 'very little', 'seems'] },
  'postmenopausal-bones': {
    keep: [
      'less widely accepted',
      'mostly from japan',
      'linked',
      'less evidence for k2 than for d3',
      'depend heavily',
      'what they eat',
      'calcium and d3',
    ],
    never: ['focused', 'pharmacological'],
  },
  'adequate-level': { keep: ['may', 'little'] },
  'midlife-bones': {
    keep: ['needs k2', 'especially for women after menopause'],
    never: ['its bone protein'],
  },
  'with-fat': { keep: ['better'] },
  'k2-form': { keep: ['cannot simply'], never: ['half-life'] },
  'natto-eater': { keep: ['natto', 'may not'], never: ['other fermented'] },
  'low-k2-diet': { keep: ['may'] },
  'sun-and-food': { keep: ['may not', 'depends'] },
  'evidence-bone-density': { keep: ['generally strong', 'deficient', 'depends'], never: ['clearly'] },
  'evidence-k2-fractures': {
    keep: ['moderate', 'mostly', 'women after menopause', 'less evidence for k2 than for d3'],
  },
  'evidence-mk7-bone-density': { keep: ['some', 'modest'] },
  'evidence-heart': {
    keep: ['observational', 'cannot show cause and effect', 'mixed', 'not the same as a proven'],
  },
  'evidence-immune': { keep: ['active research', 'still being worked out'] },
  'evidence-combined': { keep: ['little direct trial evidence'] },
  'amounts-for-your-provider': { keep: ['only a test', 'doctor or pharmacist'] },
  // The article's warning is about anticoagulants; it says nothing of antiplatelets, so neither do we.
  'antiplatelet-check': { keep: ['anticoagulants', 'does not say', 'pharmacist'], never: ['safe'] },
};

describe("the D3 + K2 caveats keep the article's hedges", () => {
  test('every caveat has its hedges pinned', () => {
    expect(Object.keys(hedges).sort()).toEqual(caveats.map((c) => c.id).sort());
  });

  for (const caveat of caveats) {
    test(`"${caveat.id}" keeps ${hedges[caveat.id]?.keep.map((h) => `"${h}"`).join(', ')}`, () => {
      const { keep = [], never = [] } = hedges[caveat.id] ?? {};
      const titleAndBody = `${caveat.title} ${caveat.body}`.toLowerCase();
      for (const hedge of keep) expect(titleAndBody, caveat.id).toContain(hedge);
      for (const wording of never) expect(shownText(caveat), caveat.id).not.toContain(wording);
    });
  }
});

describe('a reader on warfarin who takes D3, K2 and calcium', () => {
  const result = evaluate(d3k2, {
    medications: [{ typed: 'warfarin' }],
    supplements: ['d3', 'k2', 'calcium'],
    k2_form: 'mk7',
    d3_strength: 'yes',
    reasons: ['bones'],
  });
  const seen = result.ok ? result.findings.map((f) => f.caveat) : [];

  test('reads no card that nudges towards K2', () => {
    expect(seen[0]?.id).toBe('anticoagulant');
    for (const caveat of seen) {
      expect(shownText(caveat)).not.toContain('safety margin');
      expect(shownText(caveat)).not.toContain('more pointed');
    }
  });

  test('is pointed back to the blood-thinner card by every card about K2 it reads', () => {
    const findings = result.ok ? result.findings : [];
    const onK2 = findings.filter((f) => aboutK2.includes(f.caveat.id));
    expect(onK2.map((f) => f.caveat.id)).toEqual(
      expect.arrayContaining(['calcium-supplements', 'k2-form', 'evidence-k2-fractures', 'pairing-evidence']),
    );
    for (const finding of onK2) {
      expect(finding.pointers, finding.caveat.id).toEqual([
        { to: 'anticoagulant', line: expect.stringContaining('blood thinners') },
      ]);
    }
    // Only those: the other cards have nothing to point back from.
    expect(findings.filter((f) => f.pointers).length).toBe(onK2.length);
  });
});

describe('a reader who takes D3, K2 and calcium but no blood thinner', () => {
  test.each([
    ['lists no medicines', [] as { typed: string }[]],
    ['takes aspirin, an antiplatelet', [{ typed: 'aspirin' }]],
    ['takes metformin', [{ typed: 'metformin' }]],
  ])('%s, and reads the cards about K2 without a line about blood thinners', (_story, medications) => {
    const result = evaluate(d3k2, {
      medications,
      supplements: ['d3', 'k2', 'calcium'],
      k2_form: 'mk7',
      reasons: ['bones'],
    });
    const findings = result.ok ? result.findings : [];
    expect(findings.map((f) => f.caveat.id)).toContain('calcium-supplements');
    expect(findings.map((f) => f.caveat.id)).not.toContain('anticoagulant');
    expect(findings.filter((f) => f.pointers)).toEqual([]);
  });
});

describe('the cards that point back to the blood-thinner cards', () => {
  // Cards that name K2 only within a warning: the interaction cards themselves, and the antiplatelet caution.
  const warnings = ['anticoagulant', 'anticoagulant-if-taken', 'antiplatelet-check'];
  const namesK2 = (c: Caveat) => /\bK2\b|MK-[47]|natto/i.test(`${c.title} ${c.body}`);

  test('are every card that speaks of K2, except the warnings', () => {
    const expected = caveats.filter((c) => namesK2(c) && !warnings.includes(c.id)).map((c) => c.id);
    expect([...aboutK2].sort()).toEqual(expected.sort());
  });

  test('are the ones the pack points from and its invariant is about', () => {
    const interactions = ['anticoagulant', 'anticoagulant-if-taken'];
    expect(d3k2.pack.pointers).toEqual(
      interactions.map((to) => ({ to, line: expect.any(String), on: aboutK2 })),
    );
    const proven = d3k2.invariants?.map((i) => i.outcome).filter((o) => 'pointedTo' in o);
    expect(proven).toEqual(interactions.map((pointedTo) => ({ pointedTo, by: aboutK2 })));
  });
});

/**
 * Words the review found unplain; none may reach a reader. The article's own technical words stay out
 * too (its mechanism, half-life, baseline, calcification…); the few a reader needs are explained where
 * they appear ("observational", "hypercalcemia") or are what a label prints ("menaquinone").
 */
const JARGON = [
  'caveat',
  'pathway',
  'antagonist',
  'pharmacological',
  'more pointed',
  'kind of information',
  'clotting-factor',
  'half-life',
  'carboxylation',
  'mechanis',
  'baseline',
  'concurrent',
  'supplementation',
  'resorption',
  'calcification',
  'arterial',
  'osteomalacia',
  'bioavailab',
  'efficacy',
  'malabsorption',
];

/** Every string of the pack and its medicine list that a reader can see. */
function packStrings(): string[] {
  const { pack, medications } = d3k2;
  return [
    pack.title,
    ...pack.steps.map((s) => s.title),
    ...pack.questions.flatMap((q) => [
      q.label,
      q.hint ?? '',
      ...('reason' in q ? [q.reason] : []),
      ...('options' in q ? q.options.map((o) => o.label) : []),
      ...('shortcuts' in q ? q.shortcuts.map((s) => s.label) : []),
    ]),
    ...pack.caveats.flatMap((c) => [
      shownText(c),
      ...(c.sources.external ?? []).flatMap((s) => [s.publisher, s.title]),
    ]),
    ...(pack.pointers ?? []).map((p) => p.line),
    ...Object.values(pack.medicationReasons),
    ...medications.map((m) => m.description),
  ];
}

/** Every string of a message catalog, by its path ("results.why"). */
describe('the words a reader sees', () => {
  test.each(JARGON)('no pack text or medicine description says "%s"', (word) => {
    expect(packStrings().filter((s) => s.toLowerCase().includes(word))).toEqual([]);
  });

  test.each(JARGON)('no widget message says "%s"', (word) => {
    expect(messageStrings(en).filter(([, s]) => s.toLowerCase().includes(word))).toEqual([]);
  });
});

/** Typographic quotes as straight ones, runs of spaces as one: a quote is compared word for word. */
const plain = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

// The article as published, kept in the shared folder beside the repository.
const articleText = plain(
  readFileSync(new URL('../../../shared/article/d3-k2-benefits.txt', import.meta.url), 'utf8'),
);

describe("each caveat's quote, which the reviewer's view prints beside it", () => {
  test('every caveat has one, and only caveats do', () => {
    expect(Object.keys(quotes).sort()).toEqual(caveats.map((c) => c.id).sort());
  });

  for (const caveat of caveats) {
    test(`"${caveat.id}" quotes the article word for word ("…" marks a cut)`, () => {
      const parts = (quotes[caveat.id] ?? '').split('…').map(plain).filter(Boolean);
      expect(parts.length).toBeGreaterThan(0);
      for (const part of parts) expect(articleText, caveat.id).toContain(part);
    });
  }
});
