import { describe, expect, test } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import {
  type DosingMatch,
  findDosingLanguage,
  hasDosingPatterns,
  isDoseFree,
  removeDosingLanguage,
} from '../../src/text/dosing-guard';
import { fill } from '../../src/text/fill';
import { es } from '../../src/ui/messages/es';
import { messageStrings } from '../content/message-strings';

const kindsIn = (text: string, locale?: string) => findDosingLanguage(text, locale).map((m) => m.kind);

/** The Spanish pack's text table and the Spanish catalog, by key. */
const spanishStrings = (): [string, string][] => [
  ...Object.entries(d3k2.translations?.es?.text ?? {}),
  ...messageStrings(es),
];

/** Every `{placeholder}` filled with a number, as the pack schema fills "why" lines before checking them. */
const withSampleNumbers = (template: string) =>
  fill(template, Object.fromEntries([...template.matchAll(/\{([^}]*)\}/g)].map(([, key]) => [key, '2'])));

describe('the dosing guard reads Spanish', () => {
  test.each(['es', 'es-ES', 'es-MX'])('has patterns for "%s", so a pack may be written in it', (locale) => {
    expect(hasDosingPatterns(locale)).toBe(true);
  });

  test.each<[string, DosingMatch['kind']]>([
    // amounts: a number, in digits or words, and a unit or a form
    ['Tome 2 comprimidos', 'amount'],
    ['una cápsula', 'amount'],
    ['1.000 UI de vitamina D3', 'amount'],
    ['4000 U.I.', 'amount'],
    ['100 µg de K2', 'amount'],
    ['200 mcg', 'amount'],
    ['45 mg', 'amount'],
    ['2,5 ml', 'amount'],
    ['Sintrom 4 mg comprimidos', 'amount'],
    ['media pastilla', 'amount'],
    ['dos gotas', 'amount'],
    ['un sobre', 'amount'],
    ['2 sobres', 'amount'],
    ['una dosis', 'amount'],
    ['1-2 perlas', 'amount'],
    ['de 1 a 2 comprimidos', 'amount'],
    ['diez gotas', 'amount'],
    ['una inyección', 'amount'],
    ['una píldora', 'amount'],
    ['tres cápsulas blandas', 'amount'],
    ['cinco tabletas', 'amount'],
    ['20 miligramos', 'amount'],
    ['una pastilla de Sintrom', 'amount'],
    // instructions: to take an amount, or to raise, lower, double, skip, start or stop one
    ['tome más vitamina D', 'instruction'],
    ['Tome 2.', 'instruction'],
    ['tomar dos', 'instruction'],
    ['aumente la dosis', 'instruction'],
    ['pare de tomar el Sintrom', 'instruction'],
    ['parar de usar la K2', 'instruction'],
    ['interrumpa el tratamiento', 'instruction'],
    ['no tome más de lo indicado', 'instruction'],
    ['aumentar la dosis', 'instruction'],
    ['disminuya la dosis', 'instruction'],
    ['reduzca la cantidad', 'instruction'],
    ['reducir la dosis', 'instruction'],
    ['duplique la dosis', 'instruction'],
    ['duplicar la dosis', 'instruction'],
    ['doble la dosis', 'instruction'],
    ['baje la dosis', 'instruction'],
    ['suba su dosis diaria', 'instruction'],
    ['aumente su ingesta de vitamina K', 'instruction'],
    ['deje de tomar la warfarina', 'instruction'],
    ['dejar de tomar', 'instruction'],
    ['no deje de tomarlo', 'instruction'],
    ['suspenda el Sintrom', 'instruction'],
    ['suspender el tratamiento', 'instruction'],
    ['empiece a tomar K2', 'instruction'],
    ['empezar a tomar', 'instruction'],
    ['comience a usar la D3', 'instruction'],
    ['siga tomando la D3', 'instruction'],
    ['la dosis de D3', 'instruction'],
    ['la dosis diaria recomendada', 'instruction'],
    ['Vitamina D3 alta dosis de 4000 UI', 'instruction'],
    ['cambie la dosis', 'instruction'],
    ['sáltese una toma', 'instruction'],
    ['tome el doble', 'instruction'],
    // how often
    ['cada 8 horas', 'frequency'],
    ['dos veces al día', 'frequency'],
    ['una vez por semana', 'frequency'],
    ['tres veces a la semana', 'frequency'],
    ['3 veces diarias', 'frequency'],
    ['cada dos días', 'frequency'],
    ['en días alternos', 'frequency'],
    ['un día sí y otro no', 'frequency'],
    ['2 al día', 'frequency'],
    ['uno por día', 'frequency'],
  ])('catches “%s” (%s), in Spanish and among all languages', (text, kind) => {
    expect(kindsIn(text, 'es')).toContain(kind);
    expect(kindsIn(text)).toContain(kind);
  });

  test.each([
    // As in English ("before they start, stop or change K2"): naming what to start, stop or change,
    // without an amount or a dose, is what the article says and what a card must be able to say.
    'Pregunte a su médico antes de empezar, dejar o cambiar el K2.',
    'Hable con quien se lo recetó antes de empezar, dejar o cambiar la K2.',
    'Antes de cambiar cuánto natto come, hable con quien se lo recetó.',
    // "toma" is "you take" too; a reason line says what the reader takes.
    'Usted toma warfarina, un anticoagulante que actúa contra la vitamina K',
    'Nos dijo que toma acenocumarol.',
    'Mucha gente toma suplementos de calcio junto con la D3.',
    'Tómelo con una comida que tenga algo de grasa.',
    // "sobre" is "about", "uno" and "dos" are numbers of other things.
    'Hay dos estudios: uno sobre los huesos y otro sobre el corazón.',
    'Hay varios sobre la K2.',
    'Los dos tipos de K2 se llaman MK-4 y MK-7.',
    // How often a reader eats something, their age, a step.
    '¿Con qué frecuencia come natto?',
    'Cada semana o más',
    'Casi todos los días',
    'De vez en cuando',
    'Tiene 72 años',
    'Paso 2 de 6',
    'Unos 2 minutos y ninguna pregunta es obligatoria.',
    // Lowering a risk, a level or the calcium in the blood is not an amount to take.
    'La vitamina D puede reducir el riesgo de caídas.',
    'Un análisis de sangre es la única forma de saber su nivel de vitamina D.',
    'Esto no es un consejo médico y no le dice qué cantidad usar.',
  ])('leaves “%s” alone', (text) => {
    expect(findDosingLanguage(text, 'es')).toEqual([]);
    expect(findDosingLanguage(text)).toEqual([]);
  });

  test('reports what matched and where, so an editor can find it', () => {
    expect(findDosingLanguage('La mayoría toma 2.000 UI al mes', 'es')).toEqual([
      { text: '2.000 UI', index: 16, kind: 'amount' },
    ]);
  });

  test.each([
    ['Sintrom 4 mg', 'Sintrom'],
    ['Sintrom 4 mg comprimidos', 'Sintrom comprimidos'],
    ['Xarelto 20 mg una vez al día', 'Xarelto'],
    ['warfarina 5 mg media pastilla cada 12 horas', 'warfarina'],
    ['Hibor 3.500 UI', 'Hibor'],
  ])('"%s" is shown as "%s", without the amount', (typed, shown) => {
    expect(removeDosingLanguage(typed)).toBe(shown);
    expect(isDoseFree(removeDosingLanguage(typed))).toBe(true);
  });
});

describe('the Spanish pack and catalog carry no dosing language', () => {
  const strings = spanishStrings();

  test('both files are there, whole', () => {
    expect(strings.length).toBeGreaterThan(300);
  });

  test.each(strings)('%s, as written and with its placeholders filled in', (_key, text) => {
    expect(findDosingLanguage(text, 'es')).toEqual([]);
    // Readers' text and the schemas check every language the guard knows.
    expect(findDosingLanguage(text)).toEqual([]);
    expect(findDosingLanguage(withSampleNumbers(text))).toEqual([]);
  });
});
