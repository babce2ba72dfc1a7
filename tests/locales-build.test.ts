// A publisher in one language ships its bytes alone: PFW_LOCALES=en leaves the Spanish text and catalog
// out of the script, and the widget then refuses "es" with the clear message, never half Spanish.
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { d3k2 } from '../src/content/d3-k2';
import { es } from '../src/ui/messages/es';
import { embedScriptInMemory } from '../tools/embed-script';
import { pageWith } from './helpers/page-with';

const spanishCard = d3k2.translations?.es?.text['caveats.anticoagulant-vka.title'] as string;

describe('a build for some locales only', () => {
  test('without Spanish carries none of its text, and says so to a page that asks for it', async () => {
    const english = await embedScriptInMemory({ locales: ['en'] });
    const both = await embedScriptInMemory();
    expect(both).toContain(spanishCard);
    expect(both).toContain(es.seeResults);
    expect(english).not.toContain(spanishCard);
    expect(english).not.toContain(es.seeResults);
    expect(gzipSync(english).length).toBeLessThan(gzipSync(both).length - 8_000);

    const asked = await pageWith(
      english,
      '<personal-factors article="d3-k2" locale="es"></personal-factors>',
    );
    expect(asked.errors).toEqual([
      '<personal-factors>: "locale" is "es", but article "d3-k2" is written only in "en"',
    ]);
    // A Spanish page with the default locale="auto" gets the whole widget in English.
    const auto = await pageWith(
      english,
      '<div lang="es"><personal-factors article="d3-k2"></personal-factors></div>',
    );
    expect(auto.errors).toEqual([]);
    expect(auto.text).toContain(d3k2.pack.steps[0]?.title);
  }, 120_000);
});
