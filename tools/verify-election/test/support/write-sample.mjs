// Writes test/fixtures/bulletin-11x3.json, the sample bulletin of the tests (deterministic, so the file is stable):
//   node test/support/write-sample.mjs
import { writeFileSync } from 'node:fs';
import { elevenVoters } from './make-bulletin.mjs';

export const SAMPLE = new URL('../fixtures/bulletin-11x3.json', import.meta.url);
export const sampleText = (bulletin) => JSON.stringify(bulletin, null, 2) + '\n';

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(SAMPLE, sampleText(elevenVoters()));
  console.log(`wrote ${SAMPLE.pathname}`);
}
