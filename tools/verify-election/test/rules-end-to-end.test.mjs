// Small elections made end to end: abstaining forbidden, too many YES, a tie for the last seat, the quorum.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { p256 } from '@noble/curves/nist.js';
import { makeBallot, makeBulletin, seededRng } from './support/make-bulletin.mjs';
import { clone, failedGroups, failuresOf, verifyObject } from './helpers.mjs';

const SID = '5a0e1b2c-3d4e-4f50-8a61-72839405a6b7';
const cands = ['a', 'b', 'c'].map((x) => ({ ref: `00000000-0000-4000-8000-00000000000${x}`, label: `Ứng viên ${x.toUpperCase()}` }));
const [A, B, C] = cands.map((c) => c.ref);
const small = (o) => makeBulletin({
  sessionId: SID,
  rules: { quorum: '1/2', threshold: '1/2', base: 'VOTES_CAST', seats: 2, maxChoices: 2, selfVoteAllowed: true, abstainAllowed: false, secret: true },
  attendance: { electorate: 5, present: 4, validBallots: 4, invalidBallots: 0 },
  candidates: cands,
  guardians: [{ id: 'server', secret: seededRng('s')() }, { id: 'c0ffee00-0000-4000-8000-000000000001', secret: seededRng('m')() }],
  seed: 'small',
  ...o,
});

describe('a session that forbids abstaining', () => {
  // YES: a 3, b 2, c 2 of 4 cast (threshold 1/2 → 2): all pass, a takes a seat, b and c tie for the last one.
  const votes = [['YES', 'YES', 'NO'], ['YES', 'NO', 'YES'], ['YES', 'NO', 'YES'], ['NO', 'YES', 'NO']];
  const good = small({ votes, elected: [A] });

  it('passes with ABSTAIN proven [0,0]; the tie for the last seat elects neither', () => {
    const report = verifyObject(good);
    assert.deepEqual(failedGroups(report), []);
    assert.equal(good.ballots[0].ballot.candidates[0].selections.ABSTAIN.proof.hi, 0);
    assert.deepEqual(report.results.map((r) => [r.yes, r.elected, r.tied]), [[3, true, false], [2, false, true], [2, false, true]]);
  });

  it('electing one of the tied is refused, naming the tie', () => {
    const bad = clone(good);
    bad.elected = [A, B];
    const report = verifyObject(bad);
    assert.deepEqual(failedGroups(report), ['elected']);
    assert.match(failuresOf(report, 'elected')[0], /Ứng viên B.*hòa ở ghế cuối \/ tied for the last seat/);
  });

  it('a ballot that abstains, proving [0,1] where the rules require [0,0], is named', () => {
    const bad = clone(good);
    const ctx = { sessionId: SID, round: 1, refs: [A, B, C], K: p256.Point.fromHex(good.electionKey), maxChoices: 2, abstainAllowed: false };
    bad.ballots[1] = makeBallot(ctx, ['YES', 'ABSTAIN', 'YES'], seededRng('abstain'), { abstainRange: [0, 1] });
    const report = verifyObject(bad);
    assert.ok(failedGroups(report).includes('ballotProofs'));
    const f = failuresOf(report, 'ballotProofs');
    assert.equal(f.length, 3, f.join('\n'));
    assert.ok(f.every((x) => /#2 .*ABSTAIN: chứng minh \[0,1\] thay vì \[0,0\] \/ proves \[0,1\] instead of \[0,0\]$/.test(x)));
  });

  it('a ballot with too many YES, proving [0,3] where maxChoices is 2, is named', () => {
    const bad = clone(good);
    const ctx = { sessionId: SID, round: 1, refs: [A, B, C], K: p256.Point.fromHex(good.electionKey), maxChoices: 2, abstainAllowed: false };
    bad.ballots[3] = makeBallot(ctx, ['YES', 'YES', 'YES'], seededRng('greedy'), { yesRange: [0, 3] });
    const report = verifyObject(bad);
    assert.deepEqual(failuresOf(report, 'ballotProofs'), [
      `phiếu/ballot #4 [${bad.ballots[3].tracker.slice(0, 16).toUpperCase().match(/.{4}/g).join(' ')}], tổng YES/YES total: chứng minh [0,3] thay vì [0,2] / proves [0,3] instead of [0,2]`]);
  });

  it('a ballot proven for round 2 in a round-1 bulletin fails its proofs', () => {
    const bad = clone(good);
    const ctx = { sessionId: SID, round: 1, refs: [A, B, C], K: p256.Point.fromHex(good.electionKey), maxChoices: 2, abstainAllowed: false };
    bad.ballots[0] = makeBallot(ctx, ['YES', 'NO', 'NO'], seededRng('round2'), { round: 2 });
    const report = verifyObject(bad);
    assert.equal(failuresOf(report, 'ballotProofs').length, 13);
  });

  it('a quorum not met is named with the numbers', () => {
    const bad = clone(good);
    bad.attendance = { electorate: 9, present: 4, validBallots: 4, invalidBallots: 0 };
    const report = verifyObject(bad);
    assert.deepEqual(failedGroups(report), ['attendance']);
    assert.deepEqual(failuresOf(report, 'attendance'), [
      'có mặt 4/9 chưa đạt túc số 1/2 / 4 of 9 present does not meet the quorum 1/2']);
  });

  it('a zero quorum still needs someone present', () => {
    const bad = clone(good);
    bad.rules.quorum = '0';
    bad.attendance = { electorate: 9, present: 0, validBallots: 4, invalidBallots: 0 };
    const report = verifyObject(bad);
    assert.ok(failuresOf(report, 'attendance').some((f) => f.includes('0 of 9 present does not meet the quorum 0')));
  });
});

describe('a round in which nobody voted', () => {
  const empty = small({ votes: [], elected: [], attendance: { electorate: 5, present: 3, validBallots: 0, invalidBallots: 0 } });

  it('passes with null tally ciphertexts, no shares and zero counts; no one is elected', () => {
    assert.equal(empty.tally[0].ciphertext, null);
    const report = verifyObject(empty);
    assert.deepEqual(failedGroups(report), []);
    assert.deepEqual(report.results.map((r) => [r.yes, r.no, r.abstain, r.elected]), [[0, 0, 0, false], [0, 0, 0, false], [0, 0, 0, false]]);
  });

  it('a ciphertext where nothing was cast is refused', () => {
    const withBallots = small({ votes: [['YES', 'NO', 'NO']], elected: [A], attendance: { electorate: 5, present: 3, validBallots: 1, invalidBallots: 0 } });
    const bad = clone(empty);
    bad.tally[0] = clone(withBallots.tally[0]);
    bad.tally[0].count = 0;
    const report = verifyObject(bad);
    assert.ok(failedGroups(report).includes('products'));
    assert.match(failuresOf(report, 'products')[0], /"Ứng viên A" \([^)]*\) YES: .*no ballot, yet a ciphertext \(must be null\)/);
  });

  it('a null entry in a round with ballots is refused', () => {
    const withBallots = small({ votes: [['YES', 'NO', 'NO']], elected: [A], attendance: { electorate: 5, present: 3, validBallots: 1, invalidBallots: 0 } });
    assert.deepEqual(failedGroups(verifyObject(withBallots)), []);
    const bad = clone(withBallots);
    bad.tally[1] = { ...bad.tally[1], ciphertext: null, shares: [], count: 0 };
    const report = verifyObject(bad);
    assert.deepEqual(failedGroups(report), ['products']);
    assert.match(failuresOf(report, 'products')[0], /"Ứng viên A" \([^)]*\) NO: .*null ciphertext although there are 1 ballots/);
  });

  it('a null entry with shares or a count is malformed', () => {
    const bad = clone(empty);
    bad.tally[2].count = 1;
    const report = verifyObject(bad);
    assert.match(failuresOf(report, 'format')[0], /a null ciphertext needs no shares and count 0/);
  });
});
