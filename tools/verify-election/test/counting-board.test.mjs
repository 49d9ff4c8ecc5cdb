// The verifier on a real bulletin written by the backend (CountingBoardTest): a council review with three
// counting-board members who made their keys and partial decryptions with their own secrets, plus the server's
// share. It passes as published; a member's key proof, partial decryption or missing share is named.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { clone, failedGroups, failuresOf, plusG, plusOne, verifyObject } from './helpers.mjs';

const FIXTURE = new URL('./fixtures/bulletin-counting-board.json', import.meta.url);
const real = JSON.parse(readFileSync(FIXTURE, 'utf8'));
const members = real.guardians.filter((g) => g.id !== 'server');

describe('a backend bulletin with a three-member counting board', () => {
  it('passes every check: four guardians, four shares per total, the exact counts', () => {
    const report = verifyObject(real);
    assert.deepEqual(failedGroups(report), []);
    assert.equal(report.ok, true);
    assert.equal(members.length, 3);
    assert.ok(real.tally.every((t) => t.shares.length === 4));
    assert.deepEqual(report.results.map((r) => [r.yes, r.no, r.abstain, r.elected]), [[3, 1, 0, true], [2, 1, 1, true], [1, 2, 1, false]]);
  });

  it('a member\'s key proof altered: that member is named', () => {
    const bad = clone(real);
    bad.guardians[2].proof.v = plusOne(bad.guardians[2].proof.v);
    const report = verifyObject(bad);
    assert.deepEqual(failedGroups(report), ['guardianProofs']);
    assert.match(failuresOf(report, 'guardianProofs')[0], new RegExp(members[1].id));
  });

  it('a member\'s key swapped for another: the election key and the decryptions no longer match', () => {
    const bad = clone(real);
    bad.guardians[3].publicKey = plusG(bad.guardians[3].publicKey);
    const report = verifyObject(bad);
    assert.ok(failedGroups(report).includes('guardianProofs'));
    assert.ok(failedGroups(report).includes('electionKey'));
    assert.ok(failedGroups(report).includes('decryptions'));
  });

  it('a member\'s partial decryption altered: that member and total are named', () => {
    const bad = clone(real);
    const share = bad.tally[4].shares.find((s) => s.guardianId === members[0].id);
    share.share = plusG(share.share);
    const report = verifyObject(bad);
    assert.ok(failedGroups(report).includes('decryptions'));
    assert.match(failuresOf(report, 'decryptions')[0], new RegExp(`${members[0].id}.*Chaum–Pedersen`));
  });

  it('a member\'s partial decryption missing: named as missing', () => {
    const bad = clone(real);
    bad.tally[0].shares = bad.tally[0].shares.filter((s) => s.guardianId !== members[2].id);
    const report = verifyObject(bad);
    assert.ok(failedGroups(report).includes('decryptions'));
    assert.match(failuresOf(report, 'decryptions').join('\n'), new RegExp(`thiếu phần giải mã của "${members[2].id}"`));
  });
});
