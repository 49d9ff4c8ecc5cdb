// `npm ci`, skipped when node_modules was installed from this very package-lock.json.
// Used by the Maven build; set FORCE_NPM_CI=1 to install anyway.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = resolve(root, 'node_modules/.thidua-lock-sha256');
const lockHash = createHash('sha256').update(readFileSync(resolve(root, 'package-lock.json'))).digest('hex');

if (!process.env.FORCE_NPM_CI && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === lockHash) {
  console.log('node_modules matches package-lock.json: npm ci skipped');
  process.exit(0);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], {
  cwd: root,
  stdio: 'inherit',
  env: { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', ...process.env },
});
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(stamp, `${lockHash}\n`);
