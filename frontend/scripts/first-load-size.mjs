// What a browser downloads to show the home page after login: the entry of index.html, every chunk it imports
// statically (transitively), and the home route's chunk with its own static imports; JS and CSS, gzip-compressed.
// Reads dist/.vite/manifest.json (vite build with build.manifest). Usage:
//   node scripts/first-load-size.mjs [--budget KB] [--json] [route source ...]
// Route sources default to the home page; with --budget the script exits 1 when the total is over it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(root, 'dist');
const manifestFile = resolve(dist, '.vite/manifest.json');

const args = process.argv.slice(2);
let budgetKb;
let json = false;
const routes = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--budget') budgetKb = Number(args[++i]);
  else if (args[i] === '--json') json = true;
  else routes.push(args[i]);
}
if (routes.length === 0) routes.push('src/app/routes/HomePage.tsx');

if (!existsSync(manifestFile)) {
  console.error(`${manifestFile} not found: run npm run build first`);
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));

const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
if (entries.length !== 1) {
  console.error(`expected one entry chunk, found ${entries.length}`);
  process.exit(2);
}

/** Output files a chunk needs before it runs: itself, its CSS, and its static imports, transitively. */
function collect(key, files, seen) {
  if (seen.has(key)) return;
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the manifest`);
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const imported of chunk.imports ?? []) collect(imported, files, seen);
}

const files = new Set();
const seen = new Set();
collect(entries[0][0], files, seen);
for (const route of routes) {
  // A route bundled into the entry has no chunk of its own: it is already counted.
  if (manifest[route]) collect(route, files, seen);
  else if (!json) console.log(`(${route} has no chunk of its own: it is part of the entry)`);
}

const rows = [...files]
  .map((file) => {
    const bytes = readFileSync(resolve(dist, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
  })
  .sort((a, b) => b.gzip - a.gzip);
const total = rows.reduce((sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip }), { raw: 0, gzip: 0 });
const kb = (n) => (n / 1000).toFixed(1);

if (json) {
  console.log(JSON.stringify({ routes, files: rows, total }, null, 2));
} else {
  for (const row of rows) console.log(`${kb(row.gzip).padStart(8)} kB gzip ${kb(row.raw).padStart(9)} kB  ${row.file}`);
  console.log(`${kb(total.gzip).padStart(8)} kB gzip ${kb(total.raw).padStart(9)} kB  total first load (${routes.join(', ')})`);
}
if (budgetKb !== undefined && total.gzip > budgetKb * 1000) {
  console.error(`first load ${kb(total.gzip)} kB gzip is over the budget of ${budgetKb} kB`);
  process.exit(1);
}
