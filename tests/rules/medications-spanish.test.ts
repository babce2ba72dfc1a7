import { describe, expect, test } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import { evaluate } from '../../src/index';
import { type MedicationRecognition, recogniseMedication } from '../../src/rules/medications';
import type { Pack } from '../../src/schema/pack';

/** The medicine an entry was read as, and whether it was recognised outright. */
const readingOf = (rec: MedicationRecognition) => ({
  status: rec.status,
  medication: 'medication' in rec ? rec.medication.id : undefined,
});

describe('a Spanish reader’s blood thinner, as typed off the box', () => {
  test.each([
    ['Tomo Sintrom 4 mg comprimidos', 'acenocoumarol'],
    ['Sintrom 4 mg', 'acenocoumarol'],
    ['mi Sintrom de 4 mg', 'acenocoumarol'],
    ['acenocumarol', 'acenocoumarol'],
    ['warfarina 5 mg comprimidos', 'warfarin'],
    ['Aldocumar', 'warfarin'],
    ['Warfarina EFG 5 mg comprimidos', 'warfarin'],
    ['Xarelto 20 mg comprimidos recubiertos con película', 'rivaroxaban'],
    ['rivaroxabán', 'rivaroxaban'],
    ['Eliquis 5 mg comprimidos recubiertos con película', 'apixaban'],
    ['Pradaxa 150 mg cápsulas duras', 'dabigatran'],
    ['Clexane 40 mg solución inyectable en jeringa precargada', 'enoxaparin'],
    ['enoxaparina', 'enoxaparin'],
    ['heparina', 'heparin'],
    ['Hibor 3.500 UI solución inyectable en jeringa precargada', 'bemiparin'],
  ])('"%s" is recognised as %s, an anticoagulant', (typed, id) => {
    const rec = recogniseMedication(typed, d3k2);
    expect(readingOf(rec)).toEqual({ status: 'recognised', medication: id });
    expect(rec.status === 'recognised' && rec.medication.classes).toContain('anticoagulant');
  });

  test('omeprazol with its Spanish label words is omeprazole, never an anticoagulant', () => {
    const rec = recogniseMedication('omeprazol 20 mg cápsulas gastrorresistentes', d3k2);
    expect(readingOf(rec)).toEqual({ status: 'recognised', medication: 'omeprazole' });
    expect('medication' in rec && rec.medication.classes).toEqual([]);
  });

  test('common medicines by their Spanish names are confirmed, not near misses that would raise the conditional blood-thinner card', () => {
    for (const [typed, id] of [
      ['metformina', 'metformin'],
      ['atorvastatina 20 mg', 'atorvastatin'],
      ['levotiroxina', 'levothyroxine'],
      ['amlodipino', 'amlodipine'],
      ['colestiramina', 'cholestyramine'],
    ])
      expect(readingOf(recogniseMedication(typed as string, d3k2))).toEqual({
        status: 'recognised',
        medication: id,
      });
  });

  test('"anticoagulante", "estoy anticoagulado" are the reader who is not sure which blood thinner', () => {
    for (const typed of ['anticoagulante', 'anticoagulantes', 'estoy anticoagulado', 'anticoagulada'])
      expect(readingOf(recogniseMedication(typed, d3k2))).toEqual({
        status: 'recognised',
        medication: 'blood-thinner-unsure',
      });
  });

  test('every anticoagulant by its Spanish name as the widget shows it is that anticoagulant', () => {
    for (const [typed, id] of [
      ['sulfato de dermatán', 'dermatan-sulfate'],
      ['antitrombina', 'antithrombin'],
      ['fitomenadiona', 'phytomenadione'],
    ])
      expect(readingOf(recogniseMedication(typed as string, d3k2))).toEqual({
        status: 'recognised',
        medication: id,
      });
  });

  test('a name read by its stem names the type in Spanish in the Spanish why line', () => {
    const spanish = { pack: d3k2.locales.es as Pack, medications: d3k2.medications, classes: d3k2.classes };
    const result = evaluate(spanish, { medications: [{ typed: 'Zorbaxaban' }] });
    if (!result.ok) throw new Error('unreadable');
    const why = result.findings[0]?.because.map((b) => b.text).join(' ');
    expect(why).toContain('apixabán');
    expect(why).not.toContain('apixaban ');
  });

  test('what is shown back keeps no amount', () => {
    expect(recogniseMedication('Sintrom 4 mg', d3k2)).toMatchObject({ doseFree: 'Sintrom' });
    expect(recogniseMedication('Xarelto 20 mg una vez al día', d3k2)).toMatchObject({ doseFree: 'Xarelto' });
  });
});
