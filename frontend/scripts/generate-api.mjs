// Generates src/lib/api/schema.d.ts from the OpenAPI contract (the repository's openapi.yaml by default).
// OPENAPI_FILE points elsewhere, e.g. at a provisional contract while the backend is being written.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const input = resolve(root, process.env.OPENAPI_FILE ?? '../openapi.yaml');
const output = resolve(root, 'src/lib/api/schema.d.ts');

if (!existsSync(input)) {
  console.error(`generate:api: contract not found at ${input} (set OPENAPI_FILE to use another file)`);
  process.exit(1);
}
execFileSync(process.execPath, [resolve(root, 'node_modules/openapi-typescript/bin/cli.js'), input, '-o', output], {
  stdio: 'inherit',
});
