// The command line: prints the file's SHA-256 and one line per check; exit 0 when valid, 1 when not, 2 on misuse.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { SAMPLE } from './support/write-sample.mjs';

const CLI = fileURLToPath(new URL('../verify.mjs', import.meta.url));
const run = (...args) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

describe('verify.mjs', () => {
  const file = fileURLToPath(SAMPLE);
  const hash = createHash('sha256').update(readFileSync(file)).digest('hex');

  it('a valid bulletin: prints its hash and ten passing lines, exits 0', () => {
    const r = run(file, '--hash', hash);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.ok(r.stdout.includes(`SHA-256: ${hash}`));
    assert.ok(r.stdout.includes('matches the hash printed on the minutes'));
    assert.equal(r.stdout.match(/^\[ĐẠT\/PASS\]/gm).length, 10);
    assert.match(r.stdout, /VALID — every check passed/);
  });

  it('an altered bulletin: exits 1 and names the failure', () => {
    const bulletin = JSON.parse(readFileSync(file, 'utf8'));
    bulletin.elected = [bulletin.candidates[2].ref];
    const dir = mkdtempSync(join(tmpdir(), 'verify-election-'));
    const bad = join(dir, 'bulletin.json');
    writeFileSync(bad, JSON.stringify(bulletin));
    const r = run(bad);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /^\[LỖI\/FAIL\] +10\. Người trúng cử theo điều lệ \/ Elected candidates per the rules/m);
    assert.match(r.stdout, /Sở Tư pháp Cà Mau.*listed as elected, the rules say not/);
    assert.match(r.stdout, /INVALID — 1 check group\(s\) failed/);
    const asJson = run(bad, '--json');
    assert.equal(asJson.status, 1);
    const json = JSON.parse(asJson.stdout);
    assert.equal(json.ok, false);
    assert.equal(json.sha256, createHash('sha256').update(readFileSync(bad)).digest('hex'));
    assert.deepEqual(json.groups.filter((g) => !g.ok).map((g) => g.key), ['elected']);
  });

  it('misuse: no file, an unreadable file, a bad --hash → exit 2', () => {
    assert.equal(run().status, 2);
    assert.equal(run('/nonexistent/bulletin.json').status, 2);
    assert.equal(run(file, '--hash', 'xyz').status, 2);
  });
});
