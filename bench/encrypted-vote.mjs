#!/usr/bin/env node
// Issue 16's figure: 1,000 concurrent encrypted 11-candidate ballots against a running backend, then the counting
// board's tally. Ballots are made beforehand (untimed) with the independent verifier's ballot maker
// (tools/verify-election/test/support/make-bulletin.mjs: noble P-256, byte-compatible with the server's crypto), so
// the timed part is only what the server does: verify every proof, store, one ballot per voter.
//
//   node bench/encrypted-vote.mjs BASE_URL TOKENS_FILE SECRETARIAT_TOKEN MEMBER_TOKENS_FILE [OUT_JSON]
// TOKENS_FILE: "user<TAB>token" per voter (bench/tokens.py voters); MEMBER_TOKENS_FILE: three such lines for the
// board members. Knobs: BENCH_VOTE_WORKERS (50 concurrent requests), BENCH_CANDIDATES (11), BENCH_MAX_CHOICES (3).
import { readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { keyProof, makeBallot, partialDecryption, seededRng } from '../tools/verify-election/test/support/make-bulletin.mjs';

// noble is the verifier's dependency (tools/verify-election/node_modules); bench/ has no package of its own.
const { p256 } = await import(new URL('../tools/verify-election/node_modules/@noble/curves/nist.js', import.meta.url));

const [base, votersFile, secretariat, membersFile, out = 'bench/results/encrypted-vote.json'] = process.argv.slice(2);
if (!membersFile) {
  console.error('usage: encrypted-vote.mjs BASE_URL TOKENS_FILE SECRETARIAT_TOKEN MEMBER_TOKENS_FILE [OUT_JSON]');
  process.exit(2);
}
const WORKERS = Number(process.env.BENCH_VOTE_WORKERS ?? 50);
const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 11);
const MAX_CHOICES = Number(process.env.BENCH_MAX_CHOICES ?? 3);
const OPTIONS = ['YES', 'NO', 'ABSTAIN'];
const lines = (f) => readFileSync(f, 'utf8').trim().split('\n').map((l) => l.split('\t'));
const voters = lines(votersFile);
const members = lines(membersFile);
const rng = seededRng(randomBytes(16).toString('hex'));
const say = (m) => console.error(`[bench] ${m}`);

async function call(method, path, token, body, headers = {}) {
  const res = await fetch(base + path, {
    method,
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text && text[0] === '{' ? JSON.parse(text) : text };
}

async function must(method, path, token, body, expected, headers) {
  const r = await call(method, path, token, body, headers);
  if (r.status !== expected) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(r.body)}`);
  return r;
}

async function pool(items, workers, fn) {
  let next = 0;
  await Promise.all(Array.from({ length: workers }, async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i], i);
    }
  }));
}

const pct = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0);

// 1. An encrypted council review: 11 candidates, the voters as electorate, a three-member board.
const candidates = Array.from({ length: CANDIDATES }, (_, i) => ({ kind: 'UNIT', ref: crypto.randomUUID(), label: `Ứng viên ${i + 1}` }));
const created = await must('POST', '/api/v1/voting-sessions', secretariat, {
  purpose: 'COUNCIL_REVIEW', title: `Bench phiếu mã hóa ${voters.length} cử tri`, sessionDate: new Date().toISOString().slice(0, 10),
  mode: 'ELECTRONIC', encrypted: true,
  rules: { seats: MAX_CHOICES, maxChoices: MAX_CHOICES, quorum: '1/2', threshold: '1/2', base: 'VOTES_CAST' },
  candidates, electorate: voters.map(([u]) => ({ key: u, label: u })),
}, 201);
const sid = created.body.id;
const board = await must('PUT', `/api/v1/voting-sessions/${sid}/counting-board`, secretariat,
  { members: members.map(([u]) => ({ username: u, label: u })) }, 200, { 'If-Match': created.headers.get('etag') });
const secrets = new Map();
const ceremonyStart = performance.now();
for (const [user, token] of members) {
  const g = board.body.guardians.find((x) => x.username === user);
  const s = rng();
  secrets.set(user, { guardianId: g.guardianId, s, token });
  await must('POST', `/api/v1/voting-sessions/${sid}/counting-board/${g.guardianId}/key`, token, keyProof(sid, g.guardianId, s, rng), 200);
}
const ceremonyMs = performance.now() - ceremonyStart;
await must('POST', `/api/v1/voting-sessions/${sid}/open`, secretariat, { present: voters.map(([u]) => u) }, 200);
const manifest = (await must('GET', `/api/v1/voting-sessions/${sid}/election-key`, voters[0][1], null, 200)).body;
const K = p256.Point.fromHex(manifest.electionKey);

// 2. The ballots, made beforehand (untimed): random choices within maxChoices YES; expected totals kept.
say(`encrypting ${voters.length} ballots of ${CANDIDATES} candidates (untimed)…`);
const genStart = performance.now();
const expected = new Map(candidates.map((c) => [c.ref, { YES: 0, NO: 0, ABSTAIN: 0 }]));
const ctx = { sessionId: sid, round: manifest.round, refs: manifest.candidateRefs, K, maxChoices: manifest.maxChoices, abstainAllowed: manifest.abstainAllowed };
const ballots = voters.map(() => {
  let yes = 0;
  const choices = manifest.candidateRefs.map(() => {
    const r = Number(rng() % 3n);
    const option = r === 0 && yes < MAX_CHOICES ? 'YES' : r === 2 && manifest.abstainAllowed ? 'ABSTAIN' : 'NO';
    if (option === 'YES') yes++;
    return option;
  });
  manifest.candidateRefs.forEach((ref, i) => expected.get(ref)[choices[i]]++);
  return makeBallot(ctx, choices, rng).ballot;
});
const genSeconds = (performance.now() - genStart) / 1000;

// 3. Timed: every voter casts at once (WORKERS in flight), then a tenth send again (must be 409).
const statuses = {};
const latencies = [];
const start = performance.now();
await pool(voters, WORKERS, async ([, token], i) => {
  const t0 = performance.now();
  const r = await call('POST', `/api/v1/voting-sessions/${sid}/encrypted-ballots`, token, ballots[i]);
  latencies.push(performance.now() - t0);
  statuses[r.status] = (statuses[r.status] ?? 0) + 1;
});
const seconds = (performance.now() - start) / 1000;
const again = Math.max(1, Math.floor(voters.length / 10));
const dupStatuses = {};
await pool(voters.slice(0, again), WORKERS, async ([, token], i) => {
  const r = await call('POST', `/api/v1/voting-sessions/${sid}/encrypted-ballots`, token, ballots[(i + 1) % voters.length]);
  dupStatuses[r.status] = (dupStatuses[r.status] ?? 0) + 1;
});
const turnout = (await must('GET', `/api/v1/voting-sessions/${sid}/turnout`, secretariat, null, 200)).body;
latencies.sort((a, b) => a - b);

// 4. The tally: close, each member fetches the totals, decrypts with proofs and posts; the last post counts.
await must('POST', `/api/v1/voting-sessions/${sid}/close`, secretariat, null, 200);
const tallyStart = performance.now();
const steps = [];
for (const [user, { guardianId, s, token }] of secrets) {
  const t0 = performance.now();
  const totals = (await must('GET', `/api/v1/voting-sessions/${sid}/encrypted-tally`, token, null, 200)).body;
  const t1 = performance.now();
  const shares = totals.totals.map((t) => ({ candidateRef: t.candidateRef, option: t.option,
    ...partialDecryption(sid, totals.round, `${t.candidateRef}/${t.option}`, guardianId, s,
      p256.Point.fromHex(t.ciphertext.alpha), p256.Point.fromHex(t.ciphertext.beta), rng) }));
  const t2 = performance.now();
  await must('POST', `/api/v1/voting-sessions/${sid}/counting-board/${guardianId}/decryptions`, token, { round: totals.round, shares }, 200);
  steps.push({ member: user, fetchTotalsMs: t1 - t0, decryptMs: t2 - t1, postMs: performance.now() - t2 });
}
const tallySeconds = (performance.now() - tallyStart) / 1000;
const result = (await must('GET', `/api/v1/voting-sessions/${sid}/result`, secretariat, null, 200)).body;
const countsExact = result.tally.candidates.every((c) => OPTIONS.every((o) => c[o.toLowerCase()] === expected.get(c.ref)[o]));

const report = {
  voters: voters.length, candidates: CANDIDATES, workers: WORKERS, boardMembers: members.length,
  ballotGenerationSeconds: genSeconds, keyCeremonyMs: ceremonyMs,
  seconds, statuses, ballots_per_s: voters.length / seconds,
  p50_ms: pct(latencies, 50), p95_ms: pct(latencies, 95), p99_ms: pct(latencies, 99),
  duplicates_sent: again, duplicate_statuses: dupStatuses, turnout_voted: turnout.voted,
  tallySeconds, tallySteps: steps, countsExact, session: sid,
};
report.exact = statuses[201] === voters.length && dupStatuses[409] === again && turnout.voted === voters.length && countsExact;
say(`encrypted vote: ${voters.length} ballots in ${seconds.toFixed(2)} s (${report.ballots_per_s.toFixed(0)}/s), p95 ${report.p95_ms.toFixed(0)} ms, `
  + `statuses ${JSON.stringify(statuses)}, duplicates ${JSON.stringify(dupStatuses)}, turnout ${turnout.voted}; `
  + `board tally ${tallySeconds.toFixed(2)} s, counts exact=${countsExact} → exact=${report.exact}`);
writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
if (!report.exact) process.exit(1);
