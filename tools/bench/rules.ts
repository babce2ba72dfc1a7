// Evaluations per second of the D3+K2 pack in Node, over a mix of realistic readers.
import { d3k2 } from '../../src/content/d3-k2';
import { evaluate } from '../../src/rules/evaluate';
import type { Answers } from '../../src/schema/answers';

const readers: Answers[] = [
  {},
  {
    age: 74,
    medications: [{ typed: 'Coumadin 5 mg tablets' }],
    supplements: ['d3', 'calcium'],
    d3_strength: 'no',
    with_fat: 'yes',
  },
  {
    age: 35,
    menopause: 'before',
    natto: 'weekly',
    medications: [],
    supplements: ['none'],
    reasons: ['general'],
  },
  {
    age: 58,
    menopause: 'after',
    sunlight: 'rarely',
    latitude: 'far',
    skin_tone: 'darker',
    natto: 'rarely',
    hard_cheese: 'sometimes',
    egg_yolks: 'weekly',
    fatty_fish: 'rarely',
    fortified: 'rarely',
    digestion: ['coeliac'],
    vitamin_d_test: 'low',
    medications: [{ typed: 'Eliquis' }, { typed: 'metformin' }],
    supplements: ['d3', 'k2', 'calcium'],
    k2_form: 'mk7',
    d3_strength: 'dont_know',
    with_fat: 'varies',
    reasons: ['bones', 'heart'],
  },
  {
    age: 'prefer_not',
    vitamin_d_test: 'never',
    medications: [{ typed: 'Zorblax 10mg' }],
    reasons: ['immune'],
  },
];

/** Runs `evaluate` over the readers for about `ms` milliseconds; returns evaluations per second. */
export function benchRules(ms = 2000): number {
  for (let i = 0; i < 2000; i++) evaluate(d3k2, readers[i % readers.length]); // warm up the JIT
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (const reader of readers) {
      const result = evaluate(d3k2, reader);
      if (!result.ok) throw new Error('benchmark answers must be valid');
    }
    count += readers.length;
  }
  return count / ((performance.now() - start) / 1000);
}
