import { describe, expect, test } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import { medications } from '../../src/content/medications/list';
import { nameChecks } from '../../src/content/medications/name-checks';
import { nameOrigins } from '../../src/content/medications/origins';
import { recogniseMedication } from '../../src/rules/medications';

/**
 * The WHO ATC groups the widget promises to cover, as a table: every INN here must be in the list,
 * under its code, with its class, and be recognised by that name. A medicine added to a group here and
 * forgotten in the list fails the test.
 */
const ANTICOAGULANTS: Record<string, Record<string, string>> = {
  'B01AA vitamin K antagonists': {
    B01AA01: 'dicoumarol',
    B01AA02: 'phenindione',
    B01AA03: 'warfarin',
    B01AA04: 'phenprocoumon',
    B01AA07: 'acenocoumarol',
    B01AA08: 'ethyl biscoumacetate',
    B01AA09: 'clorindione',
    B01AA10: 'diphenadione',
    B01AA11: 'tioclomarol',
    B01AA12: 'fluindione',
  },
  'B01AB heparin group': {
    B01AB01: 'heparin',
    B01AB02: 'antithrombin',
    B01AB04: 'dalteparin',
    B01AB05: 'enoxaparin',
    B01AB06: 'nadroparin',
    B01AB07: 'parnaparin',
    B01AB08: 'reviparin',
    B01AB09: 'danaparoid',
    B01AB10: 'tinzaparin',
    B01AB11: 'sulodexide',
    B01AB12: 'bemiparin',
    B01AB13: 'certoparin',
  },
  'B01AE direct thrombin inhibitors': {
    B01AE01: 'desirudin',
    B01AE02: 'lepirudin',
    B01AE03: 'argatroban',
    B01AE04: 'melagatran',
    B01AE05: 'ximelagatran',
    B01AE06: 'bivalirudin',
    B01AE07: 'dabigatran',
  },
  'B01AF direct factor Xa inhibitors': {
    B01AF01: 'rivaroxaban',
    B01AF02: 'apixaban',
    B01AF03: 'edoxaban',
    B01AF04: 'betrixaban',
  },
  'B01AX other antithrombotics': { B01AX04: 'dermatan sulfate', B01AX05: 'fondaparinux' },
};

const ANTIPLATELETS: Record<string, string> = {
  B01AC04: 'clopidogrel',
  B01AC05: 'ticlopidine',
  B01AC06: 'acetylsalicylic acid',
  B01AC07: 'dipyridamole',
  B01AC22: 'prasugrel',
  B01AC23: 'cilostazol',
  B01AC24: 'ticagrelor',
};

const byAtc = (code: string) => medications.find((m) => m.atc === code);

describe('every anticoagulant in the WHO ATC groups is listed, under its code', () => {
  const rows = Object.entries(ANTICOAGULANTS).flatMap(([group, codes]) =>
    Object.entries(codes).map(([code, inn]) => [group, code, inn] as const),
  );
  test.each(rows)('%s: %s %s', (_group, code, inn) => {
    const listed = byAtc(code);
    expect(listed, `no medicine has ATC code ${code}`).toBeDefined();
    expect(listed?.classes).toContain('anticoagulant');
    const rec = recogniseMedication(inn, d3k2);
    expect(rec.status).toBe('recognised');
    if (rec.status === 'recognised') expect(rec.medication.atc).toBe(code);
  });

  test('vitamin K antagonists, and only they, carry that class', () => {
    for (const m of medications) {
      expect(m.classes.includes('vitamin-k-antagonist'), m.id).toBe(m.atc?.startsWith('B01AA') ?? false);
    }
  });
});

describe('the antiplatelets of ATC B01AC are one class, never anticoagulants', () => {
  test.each(Object.entries(ANTIPLATELETS))('%s %s', (code, inn) => {
    const rec = recogniseMedication(inn, d3k2);
    expect(rec.status).toBe('recognised');
    if (rec.status !== 'recognised') return;
    expect(rec.medication.atc).toBe(code);
    expect(rec.medication.classes).toEqual(['antiplatelet']);
  });
});

describe('where names come from (for reviewers)', () => {
  test('every checked name is a listed name of that medicine, with its countries', () => {
    const unknown: string[] = [];
    for (const [id, byName] of Object.entries(nameChecks)) {
      const names = medications.find((m) => m.id === id)?.names.map((n) => n.name) ?? [];
      for (const name of Object.keys(byName)) {
        if (!names.includes(name) || !nameOrigins[id]?.[name]) unknown.push(`${id}: ${name}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  test('a confirmed name says where it was read and when', () => {
    const bare = Object.entries(nameChecks).flatMap(([id, byName]) =>
      Object.entries(byName).flatMap(([name, check]) =>
        check.status === 'confirmed' &&
        !(/^https?:\/\//.test(check.url) && /^\d{4}-\d{2}-\d{2}$/.test(check.read))
          ? [`${id}: ${name}`]
          : [],
      ),
    );
    expect(bare).toEqual([]);
  });
});
