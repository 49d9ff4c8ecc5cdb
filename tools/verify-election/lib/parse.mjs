// Reads a bulletin (thidua-bulletin/1, docs/ballot-crypto.md "The bulletin") into points, scalars and plain values,
// collecting every format problem with the place it was found. Nothing here checks a proof.
import { FormatError, readPoint, readScalar } from './group.mjs';
import { BASES, parseFraction } from './rules.mjs';

export const FORMAT = 'thidua-bulletin/1';
export const OPTIONS = ['YES', 'NO', 'ABSTAIN'];

/** "1A2B 3C4D 5E6F 7A8B": the first 16 characters of a tracker, as voters see it. */
export function shortTracker(tracker) {
  if (typeof tracker !== 'string') return '?';
  return (tracker.slice(0, 16).toUpperCase().match(/.{1,4}/g) ?? ['?']).join(' ');
}

/** How a ballot is named in the report: its position and its tracker. */
export const ballotName = (index, tracker) => `phiếu/ballot #${index + 1} [${shortTracker(tracker)}]`;

const isObject = (x) => x !== null && typeof x === 'object' && !Array.isArray(x);
const isCount = (x) => Number.isInteger(x) && x >= 0 && x <= 0xffffffff;

/**
 * @param {unknown} json the parsed bulletin
 * @returns {{model: object|null, errors: string[]}} the model is null when the errors leave nothing to check
 */
export function parseBulletin(json) {
  const errors = [];
  /** Runs a read; a FormatError becomes a listed error and the read gives undefined. */
  const read = (fn) => {
    try {
      return fn();
    } catch (e) {
      if (e instanceof FormatError) {
        errors.push(e.message);
        return undefined;
      }
      throw e;
    }
  };
  const need = (cond, where, vi, en) => {
    if (!cond) errors.push(`${where}: ${vi} / ${en}`);
    return cond;
  };
  const str = (x, where) => need(typeof x === 'string' && x.length > 0, where, 'thiếu chuỗi', 'missing string') ? x : undefined;
  const count = (x, where) => need(isCount(x), where, 'không phải số nguyên không âm', 'not a non-negative integer') ? x : undefined;
  const bool = (x, where) => need(typeof x === 'boolean', where, 'không phải true/false', 'not a boolean') ? x : undefined;
  const list = (x, where) => need(Array.isArray(x), where, 'không phải danh sách', 'not a list') ? x : [];
  const obj = (x, where) => need(isObject(x), where, 'không phải đối tượng', 'not an object') ? x : {};
  const ciphertext = (x, where) => {
    const o = obj(x, where);
    const alpha = read(() => readPoint(o.alpha, `${where}.alpha`));
    const beta = read(() => readPoint(o.beta, `${where}.beta`));
    return alpha && beta ? { alpha, beta } : undefined;
  };
  const schnorr = (x, where) => {
    const o = obj(x, where);
    const c = read(() => readScalar(o.c, `${where}.c`));
    const v = read(() => readScalar(o.v, `${where}.v`));
    return c !== undefined && v !== undefined ? { c, v } : undefined;
  };
  const range = (x, where) => {
    const o = obj(x, where);
    const lo = count(o.lo, `${where}.lo`);
    const hi = count(o.hi, `${where}.hi`);
    if (lo === undefined || hi === undefined || !need(lo <= hi, where, 'lo lớn hơn hi', 'lo above hi')) return undefined;
    const c = list(o.c, `${where}.c`);
    const v = list(o.v, `${where}.v`);
    const size = hi - lo + 1;
    if (!need(c.length === size && v.length === size, where, `cần ${size} giá trị c và v`, `needs ${size} values of c and of v`)) return undefined;
    const cs = c.map((k, i) => read(() => readScalar(k, `${where}.c[${i}]`)));
    const vs = v.map((k, i) => read(() => readScalar(k, `${where}.v[${i}]`)));
    return cs.includes(undefined) || vs.includes(undefined) ? undefined : { lo, hi, c: cs, v: vs };
  };

  if (!isObject(json)) return { model: null, errors: ['bản tin không phải đối tượng JSON / the bulletin is not a JSON object'] };
  const b = json;
  if (b.format !== FORMAT) {
    return { model: null, errors: [`format: cần "${FORMAT}", có ${JSON.stringify(b.format)} / expected "${FORMAT}", found ${JSON.stringify(b.format)}`] };
  }
  const sessionId = str(b.sessionId, 'sessionId');
  const round = count(b.round, 'round');
  need(round === undefined || round >= 1, 'round', 'vòng phải từ 1', 'round must be at least 1');
  const title = typeof b.title === 'string' ? b.title : '';

  const r = obj(b.rules, 'rules');
  const rules = {
    quorum: parseFraction(r.quorum),
    threshold: parseFraction(r.threshold),
    quorumText: r.quorum,
    thresholdText: r.threshold,
    base: r.base,
    seats: count(r.seats, 'rules.seats'),
    maxChoices: count(r.maxChoices, 'rules.maxChoices'),
    selfVoteAllowed: bool(r.selfVoteAllowed, 'rules.selfVoteAllowed'),
    abstainAllowed: bool(r.abstainAllowed, 'rules.abstainAllowed'),
    secret: bool(r.secret, 'rules.secret'),
  };
  need(rules.quorum !== null, 'rules.quorum', 'không phải phân số ("2/3", "0.8")', 'not an exact share ("2/3", "0.8")');
  need(rules.threshold !== null, 'rules.threshold', 'không phải phân số ("2/3", "0.8")', 'not an exact share ("2/3", "0.8")');
  need(BASES.includes(rules.base), 'rules.base', `phải là ${BASES.join('|')}`, `must be ${BASES.join('|')}`);
  need(rules.seats === undefined || rules.seats >= 1, 'rules.seats', 'cần ít nhất 1 ghế', 'needs at least 1 seat');

  const a = obj(b.attendance, 'attendance');
  const attendance = {
    electorate: count(a.electorate, 'attendance.electorate'),
    present: count(a.present, 'attendance.present'),
    validBallots: count(a.validBallots, 'attendance.validBallots'),
    invalidBallots: count(a.invalidBallots, 'attendance.invalidBallots'),
  };

  const candidates = list(b.candidates, 'candidates').map((c, i) => {
    const o = obj(c, `candidates[${i}]`);
    return { ref: str(o.ref, `candidates[${i}].ref`), label: typeof o.label === 'string' ? o.label : '' };
  });
  need(candidates.length > 0, 'candidates', 'không có ứng viên', 'no candidates');
  const refs = candidates.map((c) => c.ref);
  refs.forEach((ref, i) => need(ref === undefined || refs.indexOf(ref) === i, `candidates[${i}].ref`, `trùng ${ref}`, `duplicate ${ref}`));

  const guardians = list(b.guardians, 'guardians').map((g, i) => {
    const o = obj(g, `guardians[${i}]`);
    return {
      id: str(o.id, `guardians[${i}].id`),
      publicKey: read(() => readPoint(o.publicKey, `guardians[${i}].publicKey`)),
      proof: schnorr(o.proof, `guardians[${i}].proof`),
    };
  });
  need(guardians.length > 0, 'guardians', 'không có người giữ khóa', 'no guardians');
  const gids = guardians.map((g) => g.id);
  gids.forEach((id, i) => need(id === undefined || gids.indexOf(id) === i, `guardians[${i}].id`, `trùng ${id}`, `duplicate ${id}`));
  const electionKey = read(() => readPoint(b.electionKey, 'electionKey'));

  const ballots = list(b.ballots, 'ballots').map((entry, i) => {
    const e = obj(entry, `ballots[${i}]`);
    const name = ballotName(i, e.tracker);
    const tracker = str(e.tracker, `${name}.tracker`);
    const o = obj(e.ballot, `${name}.ballot`);
    const cands = list(o.candidates, `${name}.ballot.candidates`).map((c, k) => {
      const where = `${name}.ballot.candidates[${k}]`;
      const co = obj(c, where);
      const s = obj(co.selections, `${where}.selections`);
      const selections = {};
      for (const option of OPTIONS) {
        const so = obj(s[option], `${where}.selections.${option}`);
        selections[option] = {
          ciphertext: ciphertext(so.ciphertext, `${where}.selections.${option}.ciphertext`),
          proof: range(so.proof, `${where}.selections.${option}.proof`),
        };
      }
      return { ref: co.candidateRef, selections, sumProof: range(co.sumProof, `${where}.sumProof`) };
    });
    need(cands.length === refs.length && cands.every((c, k) => c.ref === refs[k]), `${name}.ballot.candidates`,
      'các ứng viên phải có mặt đúng một lần, theo thứ tự của phiên', 'every candidate must appear once, in the session\'s order');
    return {
      tracker, name,
      sessionId: o.sessionId, round: o.round,
      candidates: cands,
      yesTotalProof: range(o.yesTotalProof, `${name}.ballot.yesTotalProof`),
    };
  });

  const seen = new Set();
  const tally = list(b.tally, 'tally').map((t, i) => {
    const o = obj(t, `tally[${i}]`);
    const where = `tally[${i}] (${o.candidateRef}/${o.option})`;
    need(refs.includes(o.candidateRef), `${where}.candidateRef`, 'không phải ứng viên của phiên', 'not a candidate of the session');
    need(OPTIONS.includes(o.option), `${where}.option`, 'phải là YES|NO|ABSTAIN', 'must be YES|NO|ABSTAIN');
    const key = `${o.candidateRef}/${o.option}`;
    need(!seen.has(key), where, 'trùng', 'duplicate');
    seen.add(key);
    const shares = list(o.shares, `${where}.shares`).map((s, k) => {
      const so = obj(s, `${where}.shares[${k}]`);
      return {
        guardianId: str(so.guardianId, `${where}.shares[${k}].guardianId`),
        share: read(() => readPoint(so.share, `${where}.shares[${k}].share`)),
        proof: schnorr(so.proof, `${where}.shares[${k}].proof`),
      };
    });
    // A round with no ballot has nothing to add: ciphertext null, no shares, count 0 (docs/ballot-crypto.md).
    const empty = o.ciphertext === null;
    if (empty) {
      need(shares.length === 0 && o.count === 0, where, 'bản mã null cần shares rỗng và count 0',
        'a null ciphertext needs no shares and count 0');
    }
    return { ref: o.candidateRef, option: o.option, label: key, ciphertext: empty ? null : ciphertext(o.ciphertext, `${where}.ciphertext`),
      shares, count: count(o.count, `${where}.count`) };
  });
  for (const ref of refs) {
    for (const option of OPTIONS) need(seen.has(`${ref}/${option}`), 'tally', `thiếu ${ref}/${option}`, `missing ${ref}/${option}`);
  }

  const elected = list(b.elected, 'elected');
  elected.forEach((ref, i) => {
    need(refs.includes(ref), `elected[${i}]`, `${JSON.stringify(ref)} không phải ứng viên`, `${JSON.stringify(ref)} is not a candidate`);
    need(elected.indexOf(ref) === i, `elected[${i}]`, 'trùng', 'duplicate');
  });

  return {
    model: { sessionId, title, round, rules, attendance, candidates, guardians, electionKey, ballots, tally, elected },
    errors,
  };
}
