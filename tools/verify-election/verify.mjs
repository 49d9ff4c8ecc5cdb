#!/usr/bin/env node
// Independent verifier of a ThiĐua encrypted-ballot bulletin (docs/ballot-crypto.md).
// Usage: node verify.mjs bulletin.json [--hash <hex printed on the minutes>] [--json]
// Exit code: 0 when every check passes, 1 when any fails, 2 on a usage or file error.
import { readFileSync } from 'node:fs';
import { formatReport } from './lib/report.mjs';
import { verifyBulletin } from './lib/verify.mjs';

const USAGE = 'Cách dùng / Usage: node verify.mjs bulletin.json [--hash <sha256 trên biên bản / on the minutes>] [--json]';

function main(argv) {
  const args = [...argv];
  let file;
  let expectedHash;
  let json = false;
  while (args.length) {
    const a = args.shift();
    if (a === '--hash') expectedHash = args.shift();
    else if (a === '--json') json = true;
    else if (a === '-h' || a === '--help') return usage(0);
    else if (!file && !a.startsWith('--')) file = a;
    else return usage(2);
  }
  if (!file || (expectedHash !== undefined && !/^[0-9a-fA-F\s]{64,}$/.test(expectedHash))) return usage(2);
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    console.error(`Không đọc được tệp / Cannot read the file ${file}: ${e.message}`);
    return 2;
  }
  const report = verifyBulletin(new Uint8Array(bytes), { expectedHash });
  if (json) {
    console.log(JSON.stringify({ file, ...report }, (k, v) => (typeof v === 'bigint' ? v.toString() : v), 2));
  } else {
    console.log(formatReport(report, file));
  }
  return report.ok ? 0 : 1;
}

function usage(code) {
  (code === 0 ? console.log : console.error)(USAGE);
  return code;
}

process.exitCode = main(process.argv.slice(2));
