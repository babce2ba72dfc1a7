// An article in another domain joins through the registry alone (tests/fixtures/registry/other-domain.ts)
// and declares the class it must never miss: statins, with their stem, look-alikes and conditional card.
// It is checked, built, selectable and evaluated like D3 + K2, by code that names neither.
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { evaluate } from '../src/index';
import { checkArticle } from '../tools/check/check-article';
import { embedScriptInMemory } from '../tools/embed-script';
import { grapefruitStatins } from './fixtures/articles/grapefruit-statins';
import { pageWith } from './helpers/page-with';

const REGISTRY = 'tests/fixtures/registry/other-domain.ts';
const options = { today: '2026-12-07', maxAgeDays: 365 };

/** The cards a reader of the statin article sees, most important first. */
function cardsFor(answers: Record<string, unknown>) {
  const result = evaluate(grapefruitStatins, answers);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.findings.map((f) => f.caveat.id);
}
const medications = (...typed: string[]) => ({ medications: typed.map((t) => ({ typed: t })) });

describe('an article that must never miss a statin', () => {
  test('passes npm run check:content beside D3 + K2, its critical promises proven over every answer', () => {
    const run = spawnSync('npx', ['tsx', 'tools/check-content.ts'], {
      encoding: 'utf8',
      env: { ...process.env, PFW_REGISTRY: REGISTRY },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`✓ grapefruit-statins, en (${REGISTRY})`);
    expect(run.stdout).toContain('✓ d3-k2, en');
  }, 60_000);

  test('puts the grapefruit card first for a statin grapefruit affects, by name, brand or script', () => {
    expect(cardsFor(medications('Zocor 20 mg'))[0]).toBe('statin-grapefruit');
    expect(cardsFor(medications('atorvastatine'))[0]).toBe('statin-grapefruit');
    // Arabic simvastatin: read by its consonant skeleton, as D3 + K2 reads Arabic warfarin.
    expect(cardsFor(medications('سيمفاستاتين'))[0]).toBe('statin-grapefruit');
    // Several on one line: the critical class declared first wins.
    expect(cardsFor(medications('Crestor and Lipitor'))[0]).toBe('statin-grapefruit');
  });

  test('gives a reader on another statin, named or only by its stem, the card for other statins first', () => {
    expect(cardsFor(medications('rosuvastatin'))[0]).toBe('statin-other');
    // Pitavastatin is not in the list: read by the article's "-vastatin" stem.
    expect(cardsFor(medications('pitavastatin'))[0]).toBe('statin-other');
  });

  test('warns as a condition, first, when it cannot tell: skipped, not sure which, or a name it could not confirm', () => {
    expect(cardsFor({})[0]).toBe('statin-if-taken');
    expect(
      cardsFor({
        medications: [{ typed: "I take a statin but I'm not sure which", id: 'statin-unsure' }],
      })[0],
    ).toBe('statin-if-taken');
    expect(cardsFor(medications('Zorblax'))[0]).toBe('statin-if-taken');
  });

  test('keeps its look-alikes out: nystatin and somatostatin are not statins', () => {
    expect(cardsFor(medications('nystatin'))).toEqual([]);
    expect(cardsFor(medications('somatostatin'))[0]).toBe('statin-if-taken');
    expect(cardsFor(medications('somatostatin'))).not.toContain('statin-other');
  });

  test('fails the checker when its conditional card misses a reader the article declares critical', () => {
    const broken = structuredClone(grapefruitStatins);
    // The conditional card forgets readers whose medicine we could not confirm.
    broken.pack.rules = broken.pack.rules.map((rule) =>
      rule.caveat === 'statin-if-taken'
        ? { ...rule, when: { type: 'unanswered', question: 'medications' } }
        : rule,
    );
    broken.locales = { en: broken.pack };
    const [[, result]] = checkArticle(broken, options) as [
      [string, ReturnType<typeof checkArticle>[number][1]],
    ];
    const errors = result.problems.filter((p) => p.level === 'error');
    expect(errors.map((p) => p.path)).toContainEqual(['critical']);
    expect(errors.map((p) => p.message).join('\n')).toContain('could not confirm');
  });

  test('ships in a build from that registry and is selectable by article', async () => {
    const script = await embedScriptInMemory({ registry: REGISTRY });
    const page = await pageWith(script, '<personal-factors article="grapefruit-statins"></personal-factors>');
    expect(page.errors).toEqual([]);
    expect(page.text).toContain(grapefruitStatins.pack.steps[0]!.title);
    expect(page.text).toContain(grapefruitStatins.pack.questions[0]!.label);
  }, 60_000);
});
