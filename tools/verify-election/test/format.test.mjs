// Malformed bulletins: the format check names the place; nothing else runs. Uses the committed sample (no crypto runs).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { verifyBulletin } from '../lib/verify.mjs';
import { SAMPLE } from './support/write-sample.mjs';
import { clone, failuresOf, verifyObject } from './helpers.mjs';

const sample = JSON.parse(readFileSync(SAMPLE, 'utf8'));
const N_HEX = 'ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551';

/** Applies the change to a copy and expects the format group to fail with a message matching `pattern`. */
function expectFormatFailure(change, pattern) {
  const bad = clone(sample);
  change(bad);
  const report = verifyObject(bad);
  assert.equal(report.ok, false);
  const format = report.groups[0];
  assert.equal(format.ok, false);
  assert.ok(format.failures.some((f) => pattern.test(f)), `no failure matches ${pattern}:\n${format.failures.join('\n')}`);
  assert.ok(report.groups.slice(1).every((g) => g.skipped), 'the other checks are skipped');
  return format.failures;
}

describe('a malformed bulletin', () => {
  it('bytes that are not JSON', () => {
    const report = verifyBulletin(new TextEncoder().encode('{"format": "thidua-bulletin/1",'));
    assert.equal(report.ok, false);
    assert.match(failuresOf(report, 'format')[0], /not readable JSON/);
    assert.match(report.sha256, /^[0-9a-f]{64}$/);
  });

  it('another format', () => expectFormatFailure((b) => { b.format = 'thidua-bulletin/2'; }, /expected "thidua-bulletin\/1", found "thidua-bulletin\/2"/));

  it('a point that is not on the curve', () => expectFormatFailure((b) => {
    b.ballots[2].ballot.candidates[0].selections.NO.ciphertext.alpha = '02' + 'ff'.repeat(32);
  }, /^phiếu\/ballot #3 \[.{19}\]\.ballot\.candidates\[0\]\.selections\.NO\.ciphertext\.alpha: .*not a point on P-256$/));

  it('the point at infinity (or an uncompressed point) is refused', () => expectFormatFailure((b) => {
    b.electionKey = '00';
  }, /^electionKey: .*not a 33-byte compressed point/));

  it('upper-case hex is refused (the wire format is lower-case)', () => expectFormatFailure((b) => {
    b.guardians[1].publicKey = b.guardians[1].publicKey.toUpperCase();
  }, /^guardians\[1\]\.publicKey: .*lowercase hex/));

  it('a scalar not below n', () => expectFormatFailure((b) => {
    b.tally[4].shares[0].proof.v = N_HEX;
  }, /^tally\[4\] .*\.shares\[0\]\.proof\.v: .*not below the group order n/));

  it('a range proof with too few scalars', () => expectFormatFailure((b) => {
    b.ballots[0].ballot.yesTotalProof.c.pop();
  }, /#1 .*yesTotalProof: cần 3 giá trị c và v \/ needs 3 values of c and of v/));

  it('a ballot without one of the candidates, or in another order', () => {
    expectFormatFailure((b) => { b.ballots[4].ballot.candidates.pop(); }, /#5 .*every candidate must appear once, in the session's order/);
    expectFormatFailure((b) => { b.ballots[4].ballot.candidates.reverse(); }, /#5 .*every candidate must appear once/);
  });

  it('a tally without an entry, or with one twice', () => {
    expectFormatFailure((b) => { b.tally.pop(); }, /^tally: thiếu .*\/ABSTAIN \/ missing .*\/ABSTAIN$/);
    expectFormatFailure((b) => { b.tally.push(clone(b.tally[0])); }, /^tally\[9\] .*: trùng \/ duplicate$/);
  });

  it('an elected ref that is not a candidate', () => expectFormatFailure((b) => { b.elected.push('nobody'); }, /^elected\[2\]: "nobody" .*is not a candidate$/));

  it('rules that are not exact shares, an unknown base, no seats', () => {
    expectFormatFailure((b) => { b.rules.threshold = 'half'; }, /^rules\.threshold: .*not an exact share/);
    expectFormatFailure((b) => { b.rules.base = 'EVERYONE'; }, /^rules\.base: .*must be ALL_MEMBERS\|PRESENT\|VOTES_CAST/);
    expectFormatFailure((b) => { b.rules.seats = 0; }, /^rules\.seats: .*needs at least 1 seat/);
  });

  it('two guardians with one id', () => expectFormatFailure((b) => { b.guardians[2].id = b.guardians[1].id; }, /^guardians\[2\]\.id: .*duplicate/));
});
