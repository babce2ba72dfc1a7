import { describe, expect, test } from 'vitest';
import { normaliseMedicationText } from '../../src/text/normalise';
import { splitMedicationList } from '../../src/text/split-list';

describe('normalising Spanish label text', () => {
  test.each([
    ['Sintrom 4 mg comprimidos', 'sintrom'],
    ['Tomo Sintrom 4 mg comprimidos', 'sintrom'],
    ['tomo Sintrom', 'sintrom'],
    ['mi Sintrom de 4 mg', 'sintrom'],
    ['uso Clexane', 'clexane'],
    ['Warfarina EFG 5 mg comprimidos', 'warfarina'],
    ['Xarelto 20 mg comprimidos recubiertos con película', 'xarelto'],
    ['Clexane 40 mg solución inyectable en jeringa precargada', 'clexane'],
    ['Pradaxa 150 mg cápsulas duras', 'pradaxa'],
    ['Vitamina D3 cápsulas blandas', 'vitamina d'],
    ['omeprazol 20 mg cápsulas gastrorresistentes', 'omeprazol'],
    ['Adiro 100 mg comprimidos gastrorresistentes EFG', 'adiro'],
    ['nifedipino 30 mg comprimidos de liberación prolongada', 'nifedipino'],
    ['Hidroferol 0,266 mg cápsulas blandas', 'hidroferol'],
    ['Fisiogen Ferro grageas', 'fisiogen ferro'],
    ['Sintrom 1 mg tabletas', 'sintrom'],
    ['Hibor 3.500 UI/0,2 ml solución inyectable en jeringas precargadas', 'hibor'],
    ['Sintrom por la noche', 'sintrom'],
    ['Dabigatrán etexilato 110 mg cápsulas duras', 'dabigatran'],
    ['Nadroparina cálcica', 'nadroparina'],
    ['Calcio 500 mg sobres efervescentes', 'calcio'],
  ])('"%s" → "%s"', (label, normalised) => {
    expect(normaliseMedicationText(label)).toBe(normalised);
  });

  test.each([
    // Joining words stay inside a name, away from label noise.
    ['biscumacetato de etilo', 'biscumacetato de etilo'],
    ['biscumacetato de etilo comprimidos', 'biscumacetato de etilo'],
    // A reader's word typed alone is read as itself, so the suggestions for "mi" still come.
    ['mi', 'mi'],
    ['tomo', 'tomo'],
    ['de', 'de'],
    ['Vitamina A 10.000 UI', 'vitamina a'],
  ])('"%s" keeps "%s"', (label, normalised) => {
    expect(normaliseMedicationText(label)).toBe(normalised);
  });

  test('a form pasted on a line of its own stays with the medicine before it', () => {
    expect(splitMedicationList('Xarelto 20 mg\ncomprimidos recubiertos con película\nomeprazol')).toEqual([
      'Xarelto 20 mg\ncomprimidos recubiertos con película',
      'omeprazol',
    ]);
  });
});
