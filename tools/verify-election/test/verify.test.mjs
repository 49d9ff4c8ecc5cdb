// The verifier on a generated 11-voter × 3-candidate election: passes as made, and each alteration is caught by the
// right check, naming the ballot (by tracker) or the candidate.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { GROUPS } from '../lib/verify.mjs';
import { elevenVoters, makeBallot, seededRng } from './support/make-bulletin.mjs';
import { SAMPLE, sampleText } from './support/write-sample.mjs';
import { ballotLabel, clone, failedGroups, failuresOf, plusG, plusOne, verifyObject } from './helpers.mjs';
import { p256 } from '@noble/curves/nist.js';

let good;
const [A, B, C] = ['1f3c5e7a-0000-4000-8000-00000000000a', '1f3c5e7a-0000-4000-8000-00000000000b', '1f3c5e7a-0000-4000-8000-00000000000c'];

before(() => {
  good = elevenVoters();
});

describe('a valid bulletin of 11 voters and 3 candidates', () => {
  it('passes every check and recomputes the result', () => {
    const report = verifyObject(good);
    assert.deepEqual(failedGroups(report), []);
    assert.equal(report.ok, true);
    assert.deepEqual(report.groups.map((g) => g.key), GROUPS.map(([k]) => k));
    assert.deepEqual(report.results.map((r) => [r.yes, r.no, r.abstain, r.elected]), [
      [8, 2, 1, true], [7, 3, 1, true], [4, 6, 1, false]]);
  });

  it('is the committed sample, byte for byte (the maker is deterministic)', () => {
    assert.equal(readFileSync(SAMPLE, 'utf8'), sampleText(good));
  });
});

describe('an altered bulletin fails with the right message', () => {
  it('one ciphertext changed (a vote turned into another): ballot proofs, tracker and product fail', () => {
    const bad = clone(good);
    const sel = bad.ballots[3].ballot.candidates[1].selections.YES;
    sel.ciphertext.beta = plusG(sel.ciphertext.beta);
    const report = verifyObject(bad);
    assert.equal(report.ok, false);
    assert.deepEqual(failedGroups(report), ['ballotProofs', 'trackers', 'products']);
    const proofs = failuresOf(report, 'ballotProofs');
    assert.ok(proofs.every((f) => f.includes(ballotLabel(good, 4))), proofs.join('\n'));
    assert.ok(proofs.some((f) => f.includes('Sở Tư pháp Bạc Liêu') && f.includes(' YES: ')), proofs.join('\n'));
    assert.ok(proofs.some((f) => f.includes('YES+NO+ABSTAIN')), 'the sum proof fails too');
    assert.ok(proofs.some((f) => f.includes('YES total')), 'the YES-total proof fails too');
    assert.match(failuresOf(report, 'trackers')[0], new RegExp(`${escape(ballotLabel(good, 4))}.*tracker does not match`));
    assert.deepEqual(failuresOf(report, 'products').length, 1);
    assert.match(failuresOf(report, 'products')[0], /Sở Tư pháp Bạc Liêu.*YES: .*product of the ballots differs/);
  });

  it('one proof scalar changed: only that ballot\'s range proof fails', () => {
    const bad = clone(good);
    const proof = bad.ballots[1].ballot.candidates[2].selections.NO.proof;
    proof.v[1] = plusOne(proof.v[1]);
    const report = verifyObject(bad);
    assert.deepEqual(failedGroups(report), ['ballotProofs']);
    assert.deepEqual(failuresOf(report, 'ballotProofs'), [
      `phiếu/ballot ${ballotLabel(good, 2)}, ứng viên/candidate "Sở Tư pháp Cà Mau" (${C}) NO: bằng chứng [0,1] sai / range proof [0,1] fails`]);
  });

  it('one count changed: the decrypted count names the candidate and both numbers', () => {
    const bad = clone(good);
    bad.tally.find((t) => t.candidateRef === A && t.option === 'YES').count = 9;
    const report = verifyObject(bad);
    assert.deepEqual(failedGroups(report), ['counts']);
    assert.deepEqual(failuresOf(report, 'counts'), [
      `ứng viên/candidate "Sở Tư pháp An Giang" (${A}) YES: bản tin ghi 9, giải mã được 8 / the bulletin says 9, decryption gives 8`]);
  });

  it('one tracker changed: the tracker check names the ballot', () => {
    const bad = clone(good);
    bad.ballots[6].tracker = 'ab'.repeat(32);
    const report = verifyObject(bad);
    assert.deepEqual(failedGroups(report), ['trackers']);
    assert.equal(failuresOf(report, 'trackers').length, 1);
    assert.match(failuresOf(report, 'trackers')[0], /^phiếu\/ballot #7 \[ABAB ABAB ABAB ABAB\]: .*tracker does not match the ballot's ciphertexts \(computed [0-9a-f]{64}\)$/);
    assert.ok(failuresOf(report, 'trackers')[0].includes(good.ballots[6].tracker), 'the computed tracker is the original one');
  });

  it('a tracker copied onto another ballot: mismatch and duplicate are both named', () => {
    const bad = clone(good);
    bad.ballots[2].tracker = bad.ballots[1].tracker;
    const report = verifyObject(bad);
    assert.deepEqual(failedGroups(report), ['trackers']);
    const f = failuresOf(report, 'trackers');
    assert.equal(f.length, 2);
    assert.match(f[0], /#3 .*tracker does not match/);
    assert.equal(f[1], `phiếu/ballot ${ballotLabel(good, 2).replace('#2', '#3')}: trùng mã theo dõi với phiếu/ballot ${ballotLabel(good, 2)} / duplicate tracker of phiếu/ballot ${ballotLabel(good, 2)}`);
  });

  it('the elected list changed: the missing and the wrongly listed candidates are named with the reason', () => {
    const bad = clone(good);
    bad.elected = [A, C];
    const report = verifyObject(bad);
    assert.deepEqual(failedGroups(report), ['elected']);
    assert.deepEqual(failuresOf(report, 'elected'), [
      `ứng viên/candidate "Sở Tư pháp Bạc Liêu" (${B}): trúng cử theo điều lệ nhưng bản tin không ghi / elected by the rules but not listed as elected`,
      `ứng viên/candidate "Sở Tư pháp Cà Mau" (${C}): bản tin ghi trúng cử nhưng theo điều lệ thì không (không đạt ngưỡng / below the threshold) / listed as elected, the rules say not`,
    ]);
  });

  it('a replayed ballot (the same entry twice): duplicate tracker, ballot numbers, products and count sums fail', () => {
    const bad = clone(good);
    bad.ballots.push(clone(bad.ballots[0]));
    const report = verifyObject(bad);
    assert.deepEqual(failedGroups(report), ['attendance', 'trackers', 'products', 'counts']);
    assert.match(failuresOf(report, 'counts')[0], /YES\+NO\+ABSTAIN = 8\+2\+1 ≠ 12/);
    assert.match(failuresOf(report, 'trackers')[0], /#12 .*duplicate tracker of phiếu\/ballot #1 /);
    assert.match(failuresOf(report, 'attendance')[0], /validBallots = 11 .* 12 ballots/);
  });

  it('a ballot made for another session: its proofs fail (they are bound to the session)', () => {
    const bad = clone(good);
    const K = p256.Point.fromHex(good.electionKey);
    const ctx = { sessionId: good.sessionId, round: 1, refs: [A, B, C], K, maxChoices: 2, abstainAllowed: true };
    bad.ballots[5] = makeBallot(ctx, ['YES', 'NO', 'NO'], seededRng('replay'), { sessionId: 'another-session' });
    const report = verifyObject(bad);
    assert.ok(failedGroups(report).includes('ballotProofs'));
    const f = failuresOf(report, 'ballotProofs');
    assert.equal(f.length, 13, 'all 9 selections, 3 sums and the YES total');
    assert.ok(f.every((x) => x.includes('#6 ')));
  });

  it('a partial decryption changed: that guardian, candidate and option are named', () => {
    const bad = clone(good);
    const entry = bad.tally.find((t) => t.candidateRef === B && t.option === 'NO');
    entry.shares[2].share = plusG(entry.shares[2].share);
    const report = verifyObject(bad);
    assert.deepEqual(failedGroups(report), ['decryptions']);
    assert.deepEqual(failuresOf(report, 'decryptions'), [
      `ứng viên/candidate "Sở Tư pháp Bạc Liêu" (${B}) NO, người giữ khóa/guardian "${good.guardians[2].id}": bằng chứng Chaum–Pedersen sai / Chaum–Pedersen proof fails`]);
  });

  it('a guardian\'s share missing from the tally: named', () => {
    const bad = clone(good);
    bad.tally[0].shares.pop();
    const report = verifyObject(bad);
    assert.deepEqual(failedGroups(report), ['decryptions']);
    assert.match(failuresOf(report, 'decryptions')[0], new RegExp(`thiếu phần giải mã của "${good.guardians[3].id}"`));
  });

  it('a guardian\'s key proof changed: that guardian is named', () => {
    const bad = clone(good);
    bad.guardians[0].proof.c = plusOne(bad.guardians[0].proof.c);
    const report = verifyObject(bad);
    assert.deepEqual(failedGroups(report), ['guardianProofs']);
    assert.deepEqual(failuresOf(report, 'guardianProofs'), ['người giữ khóa/guardian "server": bằng chứng Schnorr sai / Schnorr proof fails']);
  });

  it('the election key changed: it no longer is the sum, and no ballot proof holds under it', () => {
    const bad = clone(good);
    bad.electionKey = plusG(bad.electionKey);
    const report = verifyObject(bad);
    assert.deepEqual(failedGroups(report), ['electionKey', 'ballotProofs']);
  });

  it('the hash printed on the minutes is compared when given', () => {
    const report = verifyObject(good);
    assert.equal(verifyObject(good, { expectedHash: report.sha256.toUpperCase() }).ok, true);
    const other = verifyObject(good, { expectedHash: '0'.repeat(64) });
    assert.equal(other.hashMatches, false);
    assert.equal(other.ok, false);
  });
});

function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
