import type { NameOrigins } from '../../schema/medication';

/**
 * For reviewers, not for the bundle: the countries (ISO 3166 codes, UK for the United Kingdom) or
 * regions (EU) where a medicine's name is used, by medication id and then name, as a reviewer's
 * evidence that a brand is real and whose it is. Matching ignores countries, so nothing in the
 * widget imports this; tests/rules/medications.test.ts checks every name here is in the list.
 * Names without an entry have no countries recorded.
 */
export const nameOrigins: NameOrigins = {
  warfarin: {
    Coumadin: ['US', 'CA', 'IT'],
    Jantoven: ['US'],
    Marevan: ['AU', 'NZ', 'NO', 'FI', 'BR'],
    Waran: ['SE'],
    Warfin: ['PL'],
    Coumadine: ['FR'],
    Warfilone: ['CA'],
    Uniwarfin: ['IN'],
    Lawarin: ['SI'],
    Aldocumar: ['ES'],
    warfarine: ['FR', 'NL'],
    warfarina: ['ES', 'IT', 'PT'],
    varfarin: ['SE', 'NO', 'DK', 'TR'],
    varfarina: ['RO'],
    'Warfarin-natrium': ['DE'],
    варфарин: ['RU', 'UA', 'BG'],
    ワルファリン: ['JP'],
    ワーファリン: ['JP'],
    华法林: ['CN'],
    와파린: ['KR'],
  },
  acenocoumarol: {
    Sintrom: ['ES', 'CH', 'IT', 'PT', 'IL', 'CA'],
    Sinthrome: ['UK'],
    'Mini-Sintrom': ['ES', 'CH'],
    Acitrom: ['IN'],
    nicoumalone: ['UK'],
    acenocumarol: ['ES', 'PT'],
  },
  phenprocoumon: {
    Marcumar: ['DE', 'AT'],
    Marcoumar: ['CH', 'BE', 'NL'],
    Falithrom: ['DE'],
    Phenpro: ['DE'],
  },
  fluindione: {
    Previscan: ['FR'],
  },
  dabigatran: {
    Pradaxa: ['US', 'UK', 'EU', 'AU'],
    Pradax: ['CA'],
    Prazaxa: ['JP'],
  },
  edoxaban: {
    Lixiana: ['EU', 'UK', 'JP'],
    Savaysa: ['US'],
    Roteas: ['EU'],
  },
  heparin: {
    héparine: ['FR'],
    heparina: ['ES', 'PT', 'PL'],
    eparina: ['IT'],
    'Hep-Lock': ['US'],
  },
  enoxaparin: {
    Lovenox: ['US', 'CA', 'FR', 'DE'],
    Clexane: ['UK', 'AU', 'IT', 'ES'],
    Klexane: ['SE', 'NO', 'DK', 'FI'],
    Inhixa: ['EU', 'UK'],
  },
  nadroparin: {
    Fraxiparine: ['FR', 'NL', 'BE'],
    Fraxiparin: ['DE', 'AT'],
    Fraxodi: ['FR'],
  },
  orlistat: {
    Alli: ['US', 'UK', 'EU'],
  },
  cholestyramine: {
    cholestyramine: ['US'],
    colestyramine: ['UK', 'EU', 'AU'],
    Prevalite: ['US'],
    Locholest: ['US'],
  },
  colesevelam: {
    Welchol: ['US'],
    Cholestagel: ['EU', 'UK'],
  },
  'omega-3-acid-ethyl-esters': {
    Lovaza: ['US'],
    Omacor: ['UK', 'EU'],
  },
  'desogestrel-ethinylestradiol': {
    Marvelon: ['UK', 'CA', 'EU'],
  },
  'carbidopa-levodopa': {
    'co-careldopa': ['UK'],
  },
  clopidogrel: {
    Iscover: ['EU'],
  },
  aspirin: {
    Ecotrin: ['US'],
    Disprin: ['UK', 'AU'],
  },
  leuprorelin: {
    leuprolide: ['US'],
    Lupron: ['US'],
  },
  lovastatin: {
    Mevacor: ['US'],
    Altoprev: ['US'],
  },
  repaglinide: {
    Prandin: ['US'],
    NovoNorm: ['EU', 'UK'],
  },
  desloratadine: {
    Clarinex: ['US'],
    Aerius: ['EU', 'CA'],
  },
  carvedilol: {
    Coreg: ['US'],
    Eucardic: ['UK'],
  },
  levothyroxine: {
    Synthroid: ['US', 'CA'],
    Eltroxin: ['UK', 'CA'],
    Euthyrox: ['EU'],
  },
  lisinopril: {
    Prinivil: ['US'],
  },
  amlodipine: {
    Istin: ['UK'],
  },
  omeprazole: {
    Prilosec: ['US'],
    Losec: ['UK', 'EU'],
  },
};
