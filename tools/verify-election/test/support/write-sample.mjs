// Writes test/fixtures/bulletin-11x3.json, the sample bulletin of the tests (deterministic, so the file is stable):
//   node test/support/write-sample.mjs --write
// (the flag keeps a plain `node --test`, which also runs files under test/, from rewriting it)
import { writeFileSync } from 'node:fs';
import { elevenVoters } from './make-bulletin.mjs';

export const SAMPLE = new URL('../fixtures/bulletin-11x3.json', import.meta.url);
export const sampleText = (bulletin) => JSON.stringify(bulletin, null, 2) + '\n';

if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--write')) {
  writeFileSync(SAMPLE, sampleText(elevenVoters()));
  console.log(`wrote ${SAMPLE.pathname}`);
}
