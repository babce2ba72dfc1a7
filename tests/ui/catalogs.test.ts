import { describe, expect, test } from 'vitest';
import { catalogs, messagesFor } from '../../src/ui/messages/catalogs';
import { en } from '../../src/ui/messages/en';
import { type Catalog, pluralForm } from '../../src/ui/messages/messages';

describe('message catalogs', () => {
  const partial: Record<string, Catalog> = {
    en: { messages: en },
    'en-GB': { messages: { next: 'Carry on', results: { startOver: 'Begin again' } }, fallback: 'en' },
    loop: { messages: {}, fallback: 'loop' },
  };

  test('take what a catalog leaves out from its declared fallback, nested strings included', () => {
    const gb = messagesFor('en-GB', partial);
    expect(gb?.next).toBe('Carry on');
    expect(gb?.back).toBe(en.back);
    expect(gb?.results.startOver).toBe('Begin again');
    expect(gb?.results.copy).toBe(en.results.copy);
  });

  test('give nothing for a locale without a catalog, or a fallback that loops', () => {
    expect(messagesFor('fr', partial)).toBeUndefined();
    expect(messagesFor('loop', partial)).toBeUndefined();
  });

  test('ship English in full', () => {
    expect(messagesFor('en', catalogs)).toEqual(en);
  });

  test('choose counted phrases by the locale’s plural rules', () => {
    const forms = { one: '{count} thing', few: '{count} things (few)', other: '{count} things' };
    expect(pluralForm('en', forms, 1)).toBe('{count} thing');
    expect(pluralForm('en', forms, 3)).toBe('{count} things');
    expect(pluralForm('pl', forms, 3)).toBe('{count} things (few)');
    expect(pluralForm('ja', { other: '{count} 件' }, 1)).toBe('{count} 件');
  });
});
