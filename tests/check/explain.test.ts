import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import type { Condition } from '../../src/schema/condition';
import type { Translation } from '../../src/schema/pack-text';
import { withInvariants } from '../../tools/check/check-article';
import { describeCondition, type Glossary } from '../../tools/check/explain/describe-condition';
import { explainPack } from '../../tools/check/explain/explain-pack';
import { explainTranslation } from '../../tools/check/explain/explain-translation';
import { reviewerNotesOf } from '../../tools/check/explain/reviewer-notes';

const d3k2WithInvariants = withInvariants(d3k2, d3k2.pack);

const glossary: Glossary = {
  pack: d3k2WithInvariants,
  questions: new Map(d3k2WithInvariants.questions.map((q) => [q.id, q])),
  book: d3k2,
};
const describe_ = (condition: Condition) => describeCondition(condition, glossary);

describe('the sign-off sheet of the D3 + K2 pack in Spanish', () => {
  const spanish = d3k2.translations?.es as Translation;

  test('is committed and up to date with the Spanish table', () => {
    const committed = readFileSync(new URL('../../docs/packs/d3-k2.es.md', import.meta.url), 'utf8');
    expect(
      committed,
      'docs/packs/d3-k2.es.md is out of date: run npm run check:content -- --explain d3-k2',
    ).toBe(explainTranslation(d3k2, spanish));
  });

  test('says the locale awaits its own review, and sets each Spanish text beside the English one', () => {
    const sheet = explainTranslation(d3k2, spanish);
    expect(sheet).toContain('**awaiting review**');
    const body = d3k2.pack.caveats[0]?.body as string;
    const row = sheet
      .split('\n')
      .find((line) => line.startsWith(`| \`caveats.${d3k2.pack.caveats[0]?.id}.body\``));
    expect(row).toContain(body);
    expect(row).toContain(spanish.text[`caveats.${d3k2.pack.caveats[0]?.id}.body`]);
    expect(sheet).not.toContain('(missing)');
  });
});

describe('the sign-off sheet of the D3 + K2 pack', () => {
  test('is committed and up to date with the pack', async () => {
    const committed = readFileSync(new URL('../../docs/packs/d3-k2.md', import.meta.url), 'utf8');
    expect(
      committed,
      'docs/packs/d3-k2.md is out of date: run npm run check:content -- --explain d3-k2',
    ).toBe(explainPack(d3k2WithInvariants, d3k2, await reviewerNotesOf('d3-k2')));
  });

  test('says the pack awaits review, and marks what nobody has read or checked', () => {
    const sheet = readFileSync(new URL('../../docs/packs/d3-k2.md', import.meta.url), 'utf8');
    expect(sheet).toContain('**awaiting review**');
    expect(sheet).toContain('_to be checked by the reviewer_');
    expect(sheet).toContain('(_unverified_)');
    expect(sheet).not.toMatch(/accessed \d{4}/);
  });

  test('says in plain words which answers show a caveat, with the question as the reader sees it', () => {
    expect(describe_({ type: 'choice', question: 'vitamin_d_test', anyOf: ['never', 'dont_know'] })).toEqual([
      "the reader's answer to _What did your latest vitamin D blood test show?_ is _I've never been tested_ or _I don't know or don't remember_",
    ]);
  });

  test('reads ages and ticked options naturally', () => {
    expect(describe_({ type: 'atLeast', question: 'age', value: 65 })).toEqual([
      "the reader's answer to _How old are you?_ is 65 or more",
    ]);
    expect(describe_({ type: 'below', question: 'age', value: 50 })).toEqual([
      "the reader's answer to _How old are you?_ is under 50",
    ]);
    expect(describe_({ type: 'choice', question: 'supplements', anyOf: ['d3', 'k2'] })).toEqual([
      "the reader's answer to _Which of these supplements do you take?_ includes any of _Vitamin D3_ or _Vitamin K2_",
    ]);
  });

  test('names a medication class with examples a reader would recognise', () => {
    expect(describe_({ type: 'medicationClass', question: 'medications', class: 'anticoagulant' })).toEqual([
      'a medicine they listed is an anticoagulant (blood thinner), e.g. warfarin (Coumadin), rivaroxaban (Xarelto), dabigatran (Pradaxa)…',
    ]);
  });

  test('nests "any of", "all of" and "not" as lists', () => {
    const condition: Condition = {
      type: 'any',
      of: [
        { type: 'choice', question: 'reasons', anyOf: ['general'] },
        {
          type: 'all',
          of: [
            { type: 'atLeast', question: 'age', value: 50 },
            { type: 'not', of: { type: 'choice', question: 'natto', anyOf: ['weekly'] } },
          ],
        },
        {
          type: 'not',
          of: { type: 'any', of: [{ type: 'choice', question: 'menopause', anyOf: ['not_applicable'] }] },
        },
      ],
    };
    expect(describe_(condition)).toEqual([
      'any of:',
      "- the reader's answer to _What interests you about D3 and K2?_ includes _General health_",
      '- all of:',
      "  - the reader's answer to _How old are you?_ is 50 or more",
      "  - not: the reader's answer to _How often do you eat natto (a Japanese fermented soy food)?_ is _Weekly or more_",
      '- none of:',
      "  - the reader's answer to _Have you been through menopause?_ is _Doesn't apply to me_",
    ]);
  });
});
