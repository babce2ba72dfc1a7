// Writes embed/options-schema.json from the zod schema in embed/options.ts (run by `npm run build`;
// a test fails when the committed file is out of date).
import { writeFileSync } from 'node:fs';
import { optionsJsonSchema } from '../embed/options';

export const OPTIONS_SCHEMA_FILE = 'embed/options-schema.json';

export function optionsSchemaText(): string {
  return `${JSON.stringify(optionsJsonSchema(), null, 2)}\n`;
}

if (process.argv[1]?.endsWith('options-schema.ts')) {
  writeFileSync(OPTIONS_SCHEMA_FILE, optionsSchemaText());
  console.log(`Wrote ${OPTIONS_SCHEMA_FILE}`);
}
