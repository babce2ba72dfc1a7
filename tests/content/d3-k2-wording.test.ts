import { describe, expect, test } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import { editorNotes } from '../../src/content/d3-k2/editor-notes';
import { aboutK2, aboutVitaminKInFood } from '../../src/content/d3-k2/pointers';
import { quotes } from '../../src/content/d3-k2/quotes';
import { evaluate } from '../../src/rules/evaluate';
import type { Caveat } from '../../src/schema/pack';
import { en } from '../../src/ui/messages/en';
import { articleText, plain } from './article';
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
  // The mechanism, for readers of a vitamin K antagonist only, with the article's instruction and the
  // advice to keep vitamin K steady.
  'anticoagulant-vka': {
    keep: [
      'warfarin',
      'not a small matter',
      'prescriber',
      'start, stop or change k2',
      'steady',
      'like warfarin',
    ],
    never: ['the article stresses', 'pathway'],
  },
  // Other blood thinners: the article's instruction, and no mechanism claimed for the reader's medicine.
  anticoagulant: {
    keep: [
      'anyone who takes a blood thinner',
      'prescriber',
      'start, stop or change k2',
      'whether k2 matters',
    ],
    never: ['same part of blood clotting', 'not a small matter', 'pathway'],
  },
  // The warning as a condition, for a reader who did not say which medicines they use, chose "not sure
  // which", or listed one we could not confirm: the why-lines say which.
  'anticoagulant-if-taken': {
    keep: [
      'if you take a blood thinner',
      'start, stop or change k2',
      'if yours is one like warfarin',
      'not a small matter',
      'can change',
      'prescriber',
    ],
    never: ['you take a blood thinner.', 'your answers don', 'pathway'],
  },
  'for-adults': { keep: ['adults', 'doctor or pharmacist'] },
  'high-dose-d3': {
    keep: ['very high amounts', 'over a long time', 'can', 'on your own'],
    never: ['strong vitamin', 'safety margin', 'this product'],
  },
  'high-level': { keep: ['very high amounts', 'over a long time', 'can'], never: ['would be useful'] },
  'test-your-level': { keep: ['probably', 'likely', 'may', 'blood test', 'from supplements'] },
  'low-level': { keep: ['mixed', 'some find', 'very little', 'seems'], never: ['kind of information'] },
  'fat-digestion': { keep: ['can lower'] },
  'older-adult': { keep: ['tend', 'tends to'] },
  // The blood-thinner warning is no longer a sentence for every reader: the card points to the
  // interaction card whenever that applies (see the pointer tests below and the pack's invariant).
  // The article says only that the K2 question is sharper for calcium takers: not the high-D3 theory.
  'calcium-supplements': {
    keep: ['along with d3', 'matters more', 'not yet conclusive'],
    never: ['more pointed', 'settles in the wrong places'],
  },
  'pairing-evidence': {
    keep: [
      'well established',
      'observational',
      'smaller trials',
      'theory',
      'not yet conclusive',
      'strong recommendations',
    ],
    never: ['the idea is that d3'],
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
      'most of that research',
      'hard to compare',
    ],
    never: ['focused', 'pharmacological', 'far more mk-4'],
  },
  'adequate-level': { keep: ['may', 'little'] },
  'midlife-bones': {
    keep: ['switches it on', 'especially for women after menopause'],
    never: ['its bone protein', 'needs k2'],
  },
  'with-fat': { keep: ['better'] },
  'k2-form': { keep: ['cannot simply', 'different amounts'], never: ['half-life', 'different ways'] },
  'natto-eater': { keep: ['natto', 'may have', 'may not'], never: ['other fermented', 'can leave'] },
  'low-k2-diet': { keep: ['if you eat', 'may'], never: ['a typical western diet'] },
  'sun-and-food': { keep: ['may not', 'depends'] },
  'evidence-bone-density': { keep: ['generally strong', 'deficient', 'depends'], never: ['clearly'] },
  'evidence-k2-fractures': {
    keep: ['moderate', 'mostly', 'women after menopause', 'less evidence for k2 than for d3'],
  },
  'evidence-mk7-bone-density': { keep: ['some', 'modest'] },
  'evidence-heart': {
    keep: ['observational', 'cannot show cause and effect', 'mixed', 'not the same as a proven'],
  },
  'evidence-immune': {
    keep: ['active research', 'still being worked out'],
    never: ['best when you are low'],
  },
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
    expect(seen[0]?.id).toBe('anticoagulant-vka');
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
        expect.objectContaining({ to: 'anticoagulant-vka', line: expect.stringMatching(/blood.thinner/) }),
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
    expect(findings.map((f) => f.caveat.id)).not.toContain('anticoagulant-vka');
    expect(findings.filter((f) => f.pointers)).toEqual([]);
  });
});

describe('the cards that point back to the blood-thinner cards', () => {
  // Cards that name K2 only within a warning: the interaction cards themselves, and the antiplatelet caution.
  const interactions = ['anticoagulant-vka', 'anticoagulant', 'anticoagulant-if-taken'];
  const warnings = [...interactions, 'antiplatelet-check'];
  const namesK2 = (c: Caveat) => /\bK2\b|MK-[47]|natto/i.test(`${c.title} ${c.body}`);
  const namesK2Food = (c: Caveat) =>
    /natto|cheese|egg yolk|fermented|with food that contains some fat/i.test(`${c.title} ${c.body}`);

  test('are every card that speaks of K2, except the warnings', () => {
    const expected = caveats.filter((c) => namesK2(c) && !warnings.includes(c.id)).map((c) => c.id);
    expect([...aboutK2].sort()).toEqual(expected.sort());
  });

  test('include every card that names a K2-rich food or how K2 is absorbed, which carries the steady-vitamin-K line', () => {
    const expected = caveats.filter((c) => namesK2Food(c) && !warnings.includes(c.id)).map((c) => c.id);
    expect([...aboutVitaminKInFood].sort()).toEqual(expected.sort());
  });

  test('are the ones the pack points from and its invariants are about', () => {
    const pointedFrom = (to: string) =>
      [...new Set(d3k2.pack.pointers?.filter((p) => p.to === to).flatMap((p) => p.on))].sort();
    // The card for other blood thinners needs no line on the food cards: keeping vitamin K steady is
    // advice for blood thinners like warfarin.
    const withFood = [...new Set([...aboutK2, ...aboutVitaminKInFood])].sort();
    expect(pointedFrom('anticoagulant-vka')).toEqual(withFood);
    expect(pointedFrom('anticoagulant-if-taken')).toEqual(withFood);
    expect(pointedFrom('anticoagulant')).toEqual([...aboutK2].sort());
    const proven = d3k2.invariants?.map((i) => i.outcome).filter((o) => 'pointedTo' in o && !o.pointer);
    expect(proven).toEqual(interactions.map((pointedTo) => ({ pointedTo, by: aboutK2 })));
  });
});

describe('a reader on a warfarin-type blood thinner who eats natto weekly', () => {
  const result = evaluate(d3k2, {
    medications: [{ typed: 'Sintrom 4 mg' }],
    natto: 'weekly',
    supplements: ['d3', 'k2'],
    with_fat: 'varies',
  });
  const findings = result.ok ? result.findings : [];

  test('reads the warfarin-type card first, with the advice to keep vitamin K steady', () => {
    expect(findings[0]?.caveat.id).toBe('anticoagulant-vka');
    expect(findings[0]?.caveat.body).toContain('steady');
  });

  test('reads the steady-vitamin-K line, with its sources, on the natto and fat cards', () => {
    const line = d3k2.pack.pointers?.find((p) => p.id === 'steady-vitamin-k');
    for (const id of ['natto-eater', 'with-fat']) {
      const finding = findings.find((f) => f.caveat.id === id);
      expect(finding?.pointers, id).toEqual([
        { to: 'anticoagulant-vka', line: line?.line, sources: line?.sources },
      ]);
      expect(line?.sources?.length).toBeGreaterThan(0);
    }
  });
});

describe('an Eliquis reader', () => {
  const result = evaluate(d3k2, { medications: [{ typed: 'Eliquis 5mg' }], natto: 'weekly' });
  const ids = result.ok ? result.findings.map((f) => f.caveat.id) : [];

  test('reads the card for other blood thinners first, without the warfarin mechanism', () => {
    expect(ids[0]).toBe('anticoagulant');
    expect(ids).not.toContain('anticoagulant-vka');
    expect(ids).not.toContain('anticoagulant-if-taken');
  });
});

describe('the plain term for who to ask', () => {
  test('is "prescriber" only on the blood-thinner cards, whose article sentence says it', () => {
    const elsewhere = caveats
      .filter((c) => !warnings().includes(c.id))
      .filter((c) => /prescriber/i.test(`${c.title} ${c.body} ${c.ask ?? ''}`))
      .map((c) => c.id);
    expect(elsewhere).toEqual([]);
  });

  test('the widget names the doctor or pharmacist, not "the prescriber", in its own messages', () => {
    expect(messageStrings(en).filter(([, s]) => /prescriber/i.test(s))).toEqual([]);
  });
});

/** The blood-thinner cards and the antiplatelet caution, whose instruction is the article's "prescriber". */
const warnings = () => ['anticoagulant-vka', 'anticoagulant', 'anticoagulant-if-taken', 'antiplatelet-check'];

/** Spellings with two forms in English; the widget's English uses the article's (American) one throughout. */
const SPELLINGS: [use: RegExp, never: RegExp][] = [
  [/celiac/i, /coeliac/i],
  [/hypercalcemia/i, /hypercalcaemia/i],
  [/anemia/i, /anaemia/i],
  [/color/i, /colour/i],
  [/fiber/i, /fibre/i],
  [/estrogen/i, /oestrogen/i],
];

describe('one spelling per word in English', () => {
  test.each(SPELLINGS)('%s, never %s', (_use, never) => {
    const found = [...packStrings(), ...messageStrings(en).map(([, s]) => s)].filter((s) => never.test(s));
    expect(found).toEqual([]);
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
    // A source's title is printed as the source has it, so it is not ours to make plain.
    ...pack.caveats.flatMap((c) => [shownText(c), ...(c.sources.external ?? []).map((s) => s.publisher)]),
    ...(pack.pointers ?? []).map((p) => p.line),
    ...pack.questions.flatMap((q) => (q.notice ? [q.notice.text] : [])),
    ...pack.questions.flatMap((q) => (q.unansweredReason ? [q.unansweredReason] : [])),
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

describe("each caveat's quote, which the sign-off sheet prints beside it", () => {
  test('every caveat from the article has one, and only they do (a notice is the widget’s own words)', () => {
    const fromArticle = caveats.filter((c) => c.sources.article.length > 0).map((c) => c.id);
    expect(Object.keys(quotes).sort()).toEqual(fromArticle.sort());
  });

  const article = articleText();
  if (article !== undefined) {
    for (const [id, quote] of Object.entries(quotes)) {
      test(`"${id}" quotes the article word for word ("…" marks a cut)`, () => {
        const parts = quote.split('…').map(plain).filter(Boolean);
        expect(parts.length).toBeGreaterThan(0);
        for (const part of parts) expect(article, id).toContain(part);
      });
    }
    test.each(editorNotes)(
      "the note for the article's editor is on a line the article has: $line",
      ({ line }) => {
        expect(article).toContain(plain(line));
      },
    );
  }
});
