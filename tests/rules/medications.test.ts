import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import { medications } from '../../src/content/medications/list';
import { nameOrigins } from '../../src/content/medications/origins';
import {
  type MedicationRecognition,
  recogniseMedication,
  suggestMedications,
} from '../../src/rules/medications';
import { type MedicationClassId, MedicationList, NameOrigins } from '../../src/schema/medication';
import { normaliseMedicationText } from '../../src/text/normalise';

const idOf = (rec: MedicationRecognition) => ('medication' in rec ? rec.medication.id : undefined);

/** The classes of every medicine recognised in the entry; none for near misses until confirmed. */
function medicationClasses(rec: MedicationRecognition): MedicationClassId[] {
  if (rec.status !== 'recognised') return [];
  const classes = [rec.medication, ...rec.others.map((o) => o.medication)].flatMap((m) => m.classes);
  return [...new Set(classes)];
}

describe('recognising a medication as a reader types it off a pill bottle', () => {
  test.each([
    // United States
    ['Coumadin', 'warfarin', 'brand'],
    ['Jantoven 5 mg', 'warfarin', 'brand'],
    ['Eliquis 5mg twice daily', 'apixaban', 'brand'],
    ['XARELTO® 20 mg film-coated tablets', 'rivaroxaban', 'brand'],
    ['Savaysa', 'edoxaban', 'brand'],
    ['Lovenox 40 mg/0.4 mL prefilled syringe', 'enoxaparin', 'brand'],
    ['Hep-Lock', 'heparin', 'brand'],
    // United Kingdom and Europe
    ['Sinthrome 1mg tablets', 'acenocoumarol', 'brand'],
    ['Clexane', 'enoxaparin', 'brand'],
    ['Lixiana', 'edoxaban', 'brand'],
    ['Roteas', 'edoxaban', 'brand'],
    ['Marcumar', 'phenprocoumon', 'brand'],
    ['Marcoumar', 'phenprocoumon', 'brand'],
    ['Falithrom', 'phenprocoumon', 'brand'],
    ['Previscan', 'fluindione', 'brand'],
    ['Coumadine 5 mg, comprimé sécable', 'warfarin', 'brand'],
    ['Waran', 'warfarin', 'brand'],
    ['Mini-Sintrom', 'acenocoumarol', 'brand'],
    ['Fraxiparine', 'nadroparin', 'brand'],
    ['Fraxodi', 'nadroparin', 'brand'],
    ['Innohep', 'tinzaparin', 'brand'],
    ['Fragmin', 'dalteparin', 'brand'],
    ['Arixtra', 'fondaparinux', 'brand'],
    // Australia, Canada, India, Japan
    ['Marevan', 'warfarin', 'brand'],
    ['Pradax', 'dabigatran', 'brand'],
    ['Warfilone', 'warfarin', 'brand'],
    ['Acitrom', 'acenocoumarol', 'brand'],
    ['Uniwarfin', 'warfarin', 'brand'],
    ['Prazaxa', 'dabigatran', 'brand'],
    ['ワーファリン錠1mg', 'warfarin', 'brand'],
    // Generic names, in other languages and scripts
    ['warfarin', 'warfarin', 'generic'],
    ['Warfarin Sodium 2.5mg Tab', 'warfarin', 'generic'],
    ['warfarina', 'warfarin', 'generic'],
    ['Varfarin', 'warfarin', 'generic'],
    ['WARFARINE', 'warfarin', 'generic'],
    ['варфарин 2,5 мг', 'warfarin', 'generic'],
    ['ワルファリン', 'warfarin', 'generic'],
    ['华法林钠片', 'warfarin', 'generic'],
    ['와파린', 'warfarin', 'generic'],
    ['héparine sodique', 'heparin', 'generic'],
    ['eparina', 'heparin', 'generic'],
    ['nicoumalone', 'acenocoumarol', 'generic'],
    ['acenocumarol', 'acenocoumarol', 'generic'],
    ['dabigatran etexilate 150 mg capsules', 'dabigatran', 'generic'],
    ['edoxaban tosylate', 'edoxaban', 'generic'],
    // Case, punctuation and prefixes from generic makers
    ['  eLiQuIs!! ', 'apixaban', 'brand'],
    ['Apo-Warfarin', 'warfarin', 'generic'],
    ['Taro-Warfarin 1 mg', 'warfarin', 'generic'],
    ['"Xarelto"', 'rivaroxaban', 'brand'],
    // Known misspellings are read outright
    ['warfrin', 'warfarin', 'misspelling'],
    ['wafarin', 'warfarin', 'misspelling'],
    ['warferin', 'warfarin', 'misspelling'],
    ['coumiden', 'warfarin', 'misspelling'],
    ['cumadin', 'warfarin', 'misspelling'],
    ['xeralto', 'rivaroxaban', 'misspelling'],
    ['zarelto 20mg', 'rivaroxaban', 'misspelling'],
    ['xarelta', 'rivaroxaban', 'misspelling'],
    ['eloquis', 'apixaban', 'misspelling'],
    ['eliqis', 'apixaban', 'misspelling'],
    ['elliquis', 'apixaban', 'misspelling'],
    ['apixiban', 'apixaban', 'misspelling'],
    ['rivaroxiban', 'rivaroxaban', 'misspelling'],
    ['pradaxia', 'dabigatran', 'misspelling'],
    ['lovanox', 'enoxaparin', 'misspelling'],
    ['clexan', 'enoxaparin', 'misspelling'],
    ['heprin', 'heparin', 'misspelling'],
    ['Sintron 4', 'acenocoumarol', 'misspelling'],
  ] as const)('reads "%s" as %s (%s)', (typed, id, kind) => {
    const rec = recogniseMedication(typed, d3k2);
    expect(rec.status).toBe('recognised');
    expect(idOf(rec)).toBe(id);
    if (rec.status === 'recognised') expect(rec.matchedKind).toBe(kind);
    expect(medicationClasses(rec)).toContain('anticoagulant');
  });

  test.each([
    ['Coumadin 5 mg tablets', ['anticoagulant', 'vitamin-k-antagonist']],
    ['Sintrom', ['anticoagulant', 'vitamin-k-antagonist']],
    ['Marcumar', ['anticoagulant', 'vitamin-k-antagonist']],
    ['Previscan', ['anticoagulant', 'vitamin-k-antagonist']],
    ['Eliquis', ['anticoagulant']],
    ['Xenical', ['fat-absorption-reducer']],
    ['alli 60mg capsules', ['fat-absorption-reducer']],
    ['Questran Light', ['fat-absorption-reducer']],
    ['colestyramine', ['fat-absorption-reducer']],
    ['Prevalite', ['fat-absorption-reducer']],
    ['Colestid', ['fat-absorption-reducer']],
    ['Welchol', ['fat-absorption-reducer']],
    ['Cholestagel', ['fat-absorption-reducer']],
  ] as const)('knows "%s" is %j', (typed, classes) => {
    expect(medicationClasses(recogniseMedication(typed, d3k2))).toEqual(classes);
  });

  test('says what matched, so the reader sees we understood', () => {
    expect(recogniseMedication('coumadin 5 mg', d3k2)).toMatchObject({
      status: 'recognised',
      typed: 'coumadin 5 mg',
      matched: 'Coumadin',
      matchedKind: 'brand',
      others: [],
    });
  });
});

describe('a reader who is not sure which blood thinner they take', () => {
  test.each([
    'blood thinner',
    'Blood thinners',
    'a blood thinner, not sure which',
    'anticoagulant',
    'anti-coagulant',
    'some kind of anticoagulants',
  ])('"%s" counts as a blood thinner', (typed) => {
    const rec = recogniseMedication(typed, d3k2);
    expect(idOf(rec)).toBe('blood-thinner-unsure');
    expect(medicationClasses(rec)).toEqual(['anticoagulant']);
  });

  test('a named blood thinner wins over the words "blood thinner"', () => {
    expect(idOf(recogniseMedication('blood thinner called Xarelto', d3k2))).toBe('rivaroxaban');
  });
});

describe('an entry that names several medicines', () => {
  test.each([
    ['warfarin and metformin', 'warfarin', ['metformin']],
    ['metformin and warfarin', 'warfarin', ['metformin']],
    ['Lipitor, Eliquis, Norvasc', 'apixaban', ['atorvastatin', 'amlodipine']],
    ['Xenical + Coumadin', 'warfarin', ['orlistat']],
    ['Eliquis, used to be on warfarin', 'warfarin', ['apixaban']],
  ])('"%s" reports %s first, safety first', (typed, first, others) => {
    const rec = recogniseMedication(typed, d3k2);
    expect(idOf(rec)).toBe(first);
    if (rec.status === 'recognised') expect(rec.others.map((o) => o.medication.id)).toEqual(others);
  });

  test('classes cover every medicine in the entry', () => {
    expect(medicationClasses(recogniseMedication('orlistat and warfarin', d3k2)).sort()).toEqual([
      'anticoagulant',
      'fat-absorption-reducer',
      'vitamin-k-antagonist',
    ]);
  });

  test('a typo of a blood thinner is asked about even beside a recognised medicine', () => {
    expect(recogniseMedication('metformin, warfarn', d3k2)).toMatchObject({
      status: 'near-miss',
      suggestion: 'warfarin',
    });
  });
});

describe('a near miss gets a "did you mean …?"', () => {
  test.each([
    ['Xarelt0', 'rivaroxaban', 'Xarelto'],
    ['warfarn', 'warfarin', 'warfarin'],
    ['warfarim 5mg', 'warfarin', 'warfarin'],
    ['Coumadni', 'warfarin', 'Coumadin'],
    ['Elliquiss', 'apixaban', 'Eliquis'],
    ['Pradaxe', 'dabigatran', 'Pradaxa'],
    ['Lovenix', 'enoxaparin', 'Lovenox'],
    ['Marcumer', 'phenprocoumon', 'Marcumar'],
    ['heparn', 'heparin', 'heparin'],
    ['Xenicl', 'orlistat', 'Xenical'],
    ['Questrn', 'cholestyramine', 'Questran'],
    ['rivaroxabn', 'rivaroxaban', 'rivaroxaban'],
  ])('"%s" → %s, suggesting "%s"', (typed, id, suggestion) => {
    const rec = recogniseMedication(typed, d3k2);
    expect(rec).toMatchObject({ status: 'near-miss', suggestion });
    expect(idOf(rec)).toBe(id);
    // Not confirmed yet: no classes until the reader says yes.
    expect(medicationClasses(rec)).toEqual([]);
  });

  test('names under 4 letters are never guessed at', () => {
    expect(recogniseMedication('all', d3k2).status).toBe('unrecognised');
  });

  test('too many typos is unrecognised, not a guess', () => {
    expect(recogniseMedication('wxyzq', d3k2).status).toBe('unrecognised');
    expect(recogniseMedication('Zxrlt', d3k2).status).toBe('unrecognised');
  });
});

describe('medicines that only look like blood thinners', () => {
  test.each([
    ['Lovaza', 'omega-3-acid-ethyl-esters'],
    ['Xalatan eye drops', 'latanoprost'],
    ['Xeljanz 5 mg', 'tofacitinib'],
    ['Marvelon', 'desogestrel-ethinylestradiol'],
    ['Sinemet', 'carbidopa-levodopa'],
    ['Eligard', 'leuprorelin'],
    ['Lovastatin', 'lovastatin'],
    ['Prandin', 'repaglinide'],
    ['Clarinex', 'desloratadine'],
    ['Coreg', 'carvedilol'],
    ['metformin 500mg', 'metformin'],
    ['Levothyroxine 50 mcg', 'levothyroxine'],
    ['atorvastatin', 'atorvastatin'],
    ['lisinopril', 'lisinopril'],
    ['amlodipine', 'amlodipine'],
    ['omeprazole 20mg capsules', 'omeprazole'],
  ])('"%s" is recognised as %s, never as an anticoagulant', (typed, id) => {
    const rec = recogniseMedication(typed, d3k2);
    expect(rec.status).toBe('recognised');
    expect(idOf(rec)).toBe(id);
    expect(medicationClasses(rec)).toEqual([]);
  });

  test.each([
    ['Plavix 75mg', 'clopidogrel'],
    ['clopidogrel', 'clopidogrel'],
    ['Aspirin 81 mg', 'aspirin'],
    ['Brilinta', 'ticagrelor'],
    ['Persantin', 'dipyridamole'],
  ])('"%s" is recognised as %s, an antiplatelet, never as an anticoagulant', (typed, id) => {
    const rec = recogniseMedication(typed, d3k2);
    expect(idOf(rec)).toBe(id);
    expect(medicationClasses(rec)).toEqual(['antiplatelet']);
  });

  test.each(['Xenical', 'orlistat 120 mg'])(
    '"%s" is a fat-absorption reducer, not an anticoagulant',
    (typed) => {
      expect(medicationClasses(recogniseMedication(typed, d3k2))).toEqual(['fat-absorption-reducer']);
    },
  );
});

describe('what we cannot recognise', () => {
  test.each(['Zyrtec', 'vitamin D3', 'fish oil', 'my heart pill'])(
    '"%s" is unrecognised and keeps what was typed for the pharmacist line',
    (typed) => {
      const rec = recogniseMedication(typed, d3k2);
      expect(rec).toEqual({ status: 'unrecognised', typed, doseFree: typed, shown: typed });
      expect(medicationClasses(rec)).toEqual([]);
    },
  );

  test.each(['', '   ', '\n\t'])('blank input %j is empty', (typed) => {
    expect(recogniseMedication(typed, d3k2)).toEqual({ status: 'empty' });
  });

  test.each(['!!!', '1234 mg', '®™©', '5 mg tablets', '-'])(
    'garbage %j is empty or unrecognised',
    (typed) => {
      expect(['empty', 'unrecognised']).toContain(recogniseMedication(typed, d3k2).status);
    },
  );

  test('never throws, whatever is typed or pasted', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
        (s) => {
          const rec = recogniseMedication(s, d3k2);
          expect(['empty', 'recognised', 'near-miss', 'unrecognised']).toContain(rec.status);
          suggestMedications(s, medications);
        },
      ),
      { numRuns: 2000 },
    );
    // 2,000 recognitions against the whole list: a shared machine can take more than the default 5 s.
  }, 30_000);
});

describe('normalising label text', () => {
  test.each([
    ['Coumadin 5 mg tablets', 'coumadin'],
    ['Warfarin Sodium 2.5mg Tab', 'warfarin'],
    ['Apo-Warfarin', 'apo warfarin'],
    ['XARELTO® 20 mg film-coated tablets', 'xarelto'],
    ['Eliquis 5mg twice daily', 'eliquis'],
    ['Héparine', 'heparine'],
    ['ワーファリン', 'ワーファリン'],
    ['와파린', '와파린'],
    // Cyrillic and Greek letters that look Latin are read as Latin (names are folded the same way).
    ['Варфарин', 'bapфapиh'],
    ['wаrfarin', 'warfarin'],
    ['Xarelto™', 'xarelto'],
    ['ＸＡＲＥＬＴＯ', 'xarelto'],
    ['war\u200bfa\u00adrin\u200f', 'warfarin'],
  ])('"%s" → "%s"', (label, normalised) => {
    expect(normaliseMedicationText(label)).toBe(normalised);
  });
});

describe('suggesting names as the reader types', () => {
  const names = (q: string) => suggestMedications(q, medications).map((s) => s.name);

  test.each([
    ['xar', ['Xarelto']],
    ['war', ['warfarin', 'Warfin', 'Warfilone', 'Waran']],
    ['eli', ['Eliquis', 'Eligard']],
    ['Coum', ['Coumadin', 'Coumadine']],
    ['blood', ['blood thinner']],
    ['ワル', ['ワルファリン']],
  ])('"%s" offers %j', (query, expected) => {
    expect(names(query)).toEqual(expect.arrayContaining(expected));
  });

  test('names starting with the query come before names containing it', () => {
    const list = suggestMedications('warf', medications, 20).map((s) => s.name);
    expect(list[0]).toBe('warfarin');
    expect(list).toContain('Uniwarfin');
    expect(list.indexOf('Uniwarfin')).toBeGreaterThan(list.indexOf('Warfarin-natrium'));
  });

  test('never offers a misspelling, and never the same name twice', () => {
    const misspellings = new Set(medications.flatMap((m) => m.misspellings));
    for (const q of ['wa', 'xa', 'el', 'co', 'he', 'lo', 'pr', 'an']) {
      const list = suggestMedications(q, medications, 50).map((s) => s.name);
      expect(list.filter((n) => misspellings.has(n))).toEqual([]);
      expect(new Set(list).size).toBe(list.length);
    }
  });

  test('respects the limit and gives the same order every time', () => {
    expect(suggestMedications('a', medications, 6)).toEqual([]);
    expect(suggestMedications('an', medications).length).toBeLessThanOrEqual(6);
    expect(suggestMedications('co', medications, 3)).toHaveLength(3);
    expect(suggestMedications('co', medications)).toEqual(suggestMedications('co', medications));
  });
});

describe('the medication data', () => {
  test('passes the MedicationList schema', () => {
    expect(() => MedicationList.parse(medications)).not.toThrow();
  });

  test.each([
    ['generic', 'warfarin 5 mg'],
    ['description', 'a blood thinner, taken once daily'],
  ])('rejects dosing language in the %s of a medicine, which "why" lines show', (field, text) => {
    const warfarin = { ...medications.find((m) => m.id === 'warfarin')!, [field]: text };
    expect(MedicationList.safeParse([warfarin]).error?.issues.map((i) => i.path)).toEqual([[0, field]]);
  });

  test('where names are used (for reviewers) passes its schema and names only listed names', () => {
    expect(() => NameOrigins.parse(nameOrigins)).not.toThrow();
    const unknown: string[] = [];
    for (const [id, byName] of Object.entries(nameOrigins)) {
      const names = medications.find((m) => m.id === id)?.names.map((n) => n.name) ?? [];
      for (const name of Object.keys(byName)) if (!names.includes(name)) unknown.push(`${id}: ${name}`);
    }
    expect(unknown).toEqual([]);
  });

  test('ids are unique', () => {
    const ids = medications.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('no name or misspelling maps to two different medications', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const m of medications) {
      for (const text of [...m.names.map((n) => n.name), ...m.misspellings]) {
        const key = normaliseMedicationText(text);
        expect(key, `"${text}" normalises to nothing`).not.toBe('');
        const seen = owner.get(key);
        if (seen && seen !== m.id) clashes.push(`${text}: ${seen} / ${m.id}`);
        owner.set(key, m.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  test('every name and misspelling is recognised as its own medication', () => {
    const all = medications.flatMap((m) =>
      [...m.names.map((n) => n.name), ...m.misspellings].map((t) => [t, m] as const),
    );
    fc.assert(
      fc.property(fc.constantFrom(...all), ([text, m]) => {
        const rec = recogniseMedication(text, d3k2);
        expect(rec.status).toBe('recognised');
        expect(idOf(rec)).toBe(m.id);
      }),
      { numRuns: all.length * 3 },
    );
    // And exhaustively, so a failure names the culprit.
    for (const [text, m] of all) expect(idOf(recogniseMedication(text, d3k2)), text).toBe(m.id);
  });

  test('look-alikes carry no class; anticoagulants all carry "anticoagulant"', () => {
    for (const m of medications) {
      if (m.classes.includes('vitamin-k-antagonist')) expect(m.classes).toContain('anticoagulant');
    }
    const plavix = medications.find((m) => m.id === 'clopidogrel');
    expect(plavix?.classes).toEqual(['antiplatelet']);
  });

  test('a list passed in is used instead of the built-in one', () => {
    const only = medications.filter((m) => m.id === 'metformin');
    const book = { medications: only, classes: d3k2.classes };
    expect(recogniseMedication('warfarin', book).status).toBe('unrecognised');
    expect(idOf(recogniseMedication('Glucophage', book))).toBe('metformin');
  });
});
