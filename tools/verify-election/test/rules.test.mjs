// Who is elected, from the frozen rules (exact fractions, bases, seats, a tie for the last seat).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { electedOf, isMetBy, parseFraction } from '../lib/rules.mjs';

const att = { electorate: 12, present: 9, validBallots: 8 };
const rules = (threshold, base = 'PRESENT', seats = 2) => ({ threshold: parseFraction(threshold), base, seats });
const yes = (obj) => new Map(Object.entries(obj));

describe('exact shares', () => {
  it('parses "2/3", decimals and whole numbers; refuses anything else', () => {
    assert.deepEqual(parseFraction('2/3'), { num: 2n, den: 3n });
    assert.deepEqual(parseFraction(' 2 / 3 '), { num: 2n, den: 3n });
    assert.deepEqual(parseFraction('0.8'), { num: 8n, den: 10n });
    assert.deepEqual(parseFraction('1'), { num: 1n, den: 1n });
    for (const bad of ['', 'abc', '-1/2', '1/0', '0.5.1', 0.5, null, undefined]) assert.equal(parseFraction(bad), null, String(bad));
  });

  it('6 of 9 meets 2/3, 5 of 9 does not; 0.6667 would be wrong, the fraction is exact', () => {
    const twoThirds = parseFraction('2/3');
    assert.equal(isMetBy(twoThirds, 6, 9), true);
    assert.equal(isMetBy(twoThirds, 5, 9), false);
    assert.equal(isMetBy(parseFraction('0.6667'), 6, 9), false);
    assert.equal(isMetBy(parseFraction('1/2'), 5, 11), false);
    assert.equal(isMetBy(parseFraction('1/2'), 6, 11), true);
  });

  it('an empty whole meets nothing but a zero share', () => {
    assert.equal(isMetBy(parseFraction('1/2'), 0, 0), false);
    assert.equal(isMetBy(parseFraction('0'), 0, 0), true);
  });
});

describe('elected candidates', () => {
  it('the base decides the whole: all members, those present, or the ballots cast', () => {
    const counts = yes({ a: 5 });
    assert.deepEqual(electedOf(['a'], counts, rules('1/2', 'ALL_MEMBERS'), att).elected, []); // 5 of 12
    assert.deepEqual(electedOf(['a'], counts, rules('1/2', 'PRESENT'), att).elected, ['a']); // 5 of 9
    assert.deepEqual(electedOf(['a'], counts, rules('2/3', 'VOTES_CAST'), att).elected, []); // 5 of 8 < 2/3
    assert.deepEqual(electedOf(['a'], counts, rules('0.6', 'VOTES_CAST'), att).elected, ['a']); // 5 of 8 ≥ 0.6
  });

  it('no YES never passes, even with a zero threshold', () => {
    assert.deepEqual(electedOf(['a', 'b'], yes({ a: 0, b: 1 }), rules('0'), att).elected, ['b']);
  });

  it('more passing than seats: the highest YES counts win', () => {
    const r = electedOf(['a', 'b', 'c'], yes({ a: 6, b: 8, c: 7 }), rules('1/2'), att);
    assert.deepEqual(r.elected, ['b', 'c']);
    assert.deepEqual(r.passing, ['b', 'c', 'a']);
    assert.deepEqual(r.tied, []);
  });

  it('a tie for the last seat elects none of the tied', () => {
    const r = electedOf(['a', 'b', 'c'], yes({ a: 8, b: 6, c: 6 }), rules('1/2'), att);
    assert.deepEqual(r.elected, ['a']);
    assert.deepEqual(r.tied, ['b', 'c']);
  });

  it('a tie that fits within the seats elects all tied; one below the tie is left out', () => {
    const r = electedOf(['a', 'b', 'c'], yes({ a: 7, b: 7, c: 6 }), rules('1/2'), att);
    assert.deepEqual(r.elected, ['a', 'b']);
    assert.deepEqual(r.tied, []);
  });

  it('a tie for every seat elects no one', () => {
    const r = electedOf(['a', 'b', 'c'], yes({ a: 7, b: 7, c: 7 }), rules('1/2'), att);
    assert.deepEqual(r.elected, []);
    assert.deepEqual(r.tied, ['a', 'b', 'c']);
  });
});
