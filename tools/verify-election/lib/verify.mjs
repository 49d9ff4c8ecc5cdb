// Checks a bulletin group by group (docs/ballot-crypto.md) and answers a report; printing is report.mjs's job.
import { ZERO, bytesToHex, sha256 } from './group.mjs';
import { OPTIONS, parseBulletin } from './parse.mjs';
import { addCiphertexts, smallLog, trackerOf, verifyDecryptionProof, verifyKeyProof, verifyRangeProof } from './proofs.mjs';
import { electedOf, isMetBy } from './rules.mjs';

/** The check groups, in the order they run and are printed. */
export const GROUPS = [
  ['format', 'Định dạng bản tin', 'Bulletin format'],
  ['attendance', 'Túc số và số phiếu', 'Quorum and ballot numbers'],
  ['guardianProofs', 'Bằng chứng khóa của người giữ khóa', 'Guardian key proofs'],
  ['electionKey', 'Khóa bầu cử = tổng khóa người giữ khóa', 'Election key = sum of guardian keys'],
  ['ballotProofs', 'Bằng chứng phạm vi của từng phiếu', 'Range proofs of every ballot'],
  ['trackers', 'Mã theo dõi (tính lại, không trùng)', 'Trackers (recomputed, no duplicate)'],
  ['products', 'Tích đồng cấu = bản mã kết quả', 'Homomorphic products = tally ciphertexts'],
  ['decryptions', 'Bằng chứng giải mã từng phần', 'Partial decryption proofs'],
  ['counts', 'Số phiếu giải mã', 'Decrypted counts'],
  ['elected', 'Người trúng cử theo điều lệ', 'Elected candidates per the rules'],
];

/**
 * Verifies the bulletin's bytes.
 * @param {Uint8Array} bytes the file exactly as downloaded
 * @param {{expectedHash?: string, cache?: Map<string, boolean>}} [options] expectedHash: a hash to compare with (e.g.
 *   printed on the minutes); cache: range-proof results kept across calls, keyed by the proof's full statement and
 *   scalars (a pure function's results, so reuse changes nothing; the tests check many variants of one bulletin)
 */
export function verifyBulletin(bytes, options = {}) {
  const hash = bytesToHex(sha256(bytes));
  const groups = GROUPS.map(([key, vi, en]) => ({ key, vi, en, ok: true, skipped: false, detail: '', failures: [] }));
  const group = (key) => groups.find((g) => g.key === key);
  const report = { sha256: hash, hashMatches: undefined, session: null, results: null, groups };
  if (options.expectedHash !== undefined) {
    report.hashMatches = options.expectedHash.replace(/\s+/g, '').toLowerCase() === hash;
  }
  const finish = () => {
    report.ok = groups.every((g) => g.ok && !g.skipped) && report.hashMatches !== false;
    return report;
  };

  let json;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    json = undefined;
    fail(group('format'), `không đọc được JSON / not readable JSON: ${e.message}`);
  }
  const { model, errors } = json === undefined ? { model: null, errors: [] } : parseBulletin(json);
  errors.forEach((e) => fail(group('format'), e));
  if (!group('format').ok) {
    for (const g of groups.slice(1)) g.skipped = true;
    return finish();
  }
  const m = model;
  report.session = { sessionId: m.sessionId, title: m.title, round: m.round, ballots: m.ballots.length,
    candidates: m.candidates.length, guardians: m.guardians.map((g) => g.id) };
  group('format').detail = `${m.ballots.length} phiếu/ballots, ${m.candidates.length} ứng viên/candidates, ${m.guardians.length} người giữ khóa/guardians`;
  const cname = new Map(m.candidates.map((c) => [c.ref, `ứng viên/candidate "${c.label}" (${c.ref})`]));

  checkAttendance(m, group('attendance'));
  checkGuardians(m, group('guardianProofs'), group('electionKey'));
  checkBallots(m, group('ballotProofs'), cname, options.cache);
  checkTrackers(m, group('trackers'));
  const decrypted = checkTally(m, group('products'), group('decryptions'), group('counts'), cname);
  report.results = checkElected(m, decrypted, group('elected'), cname);
  return finish();
}

function fail(g, message) {
  g.ok = false;
  g.failures.push(message);
}

function checkAttendance(m, g) {
  const { electorate, present, validBallots, invalidBallots } = m.attendance;
  const cast = m.ballots.length;
  if (present > electorate) fail(g, `có mặt ${present} > cử tri ${electorate} / present ${present} exceeds the electorate ${electorate}`);
  // As the server's QuorumPolicy: someone must be present, and present/electorate must reach the quorum exactly.
  if (!(electorate > 0 && present > 0 && isMetBy(m.rules.quorum, present, electorate))) {
    fail(g, `có mặt ${present}/${electorate} chưa đạt túc số ${m.rules.quorumText} / ${present} of ${electorate} present does not meet the quorum ${m.rules.quorumText}`);
  }
  if (validBallots !== cast) {
    fail(g, `attendance.validBallots = ${validBallots} nhưng bản tin có ${cast} phiếu / but the bulletin lists ${cast} ballots`);
  }
  if (validBallots + invalidBallots > present) {
    fail(g, `${validBallots} hợp lệ + ${invalidBallots} không hợp lệ > ${present} có mặt / ${validBallots} valid + ${invalidBallots} invalid exceed ${present} present`);
  }
  g.detail = `${present}/${electorate} có mặt/present, túc số/quorum ${m.rules.quorumText}, ${cast} phiếu/ballots`;
}

function checkGuardians(m, proofs, sum) {
  for (const gd of m.guardians) {
    if (!verifyKeyProof(m.sessionId, gd.id, gd.publicKey, gd.proof)) {
      fail(proofs, `người giữ khóa/guardian "${gd.id}": bằng chứng Schnorr sai / Schnorr proof fails`);
    }
  }
  proofs.detail = m.guardians.map((gd) => gd.id).join(', ');
  const K = m.guardians.reduce((acc, gd) => acc.add(gd.publicKey), ZERO);
  if (!K.equals(m.electionKey)) fail(sum, 'electionKey khác tổng khóa công khai của người giữ khóa / electionKey differs from the sum of the guardians\' public keys');
}

function checkBallots(m, g, cname, cache) {
  const K = m.electionKey;
  const expected = {
    YES: [0, 1],
    NO: [0, 1],
    ABSTAIN: m.rules.abstainAllowed ? [0, 1] : [0, 0],
  };
  let proofs = 0;
  /** Checks the bounds the rules require, then the proof; names ballot and statement on failure. */
  const check = (ballot, label, what, ct, proof, [lo, hi]) => {
    proofs++;
    if (proof.lo !== lo || proof.hi !== hi) {
      fail(g, `${ballot.name}, ${what}: chứng minh [${proof.lo},${proof.hi}] thay vì [${lo},${hi}] / proves [${proof.lo},${proof.hi}] instead of [${lo},${hi}]`);
    } else if (!cachedRangeProof(cache, m.sessionId, m.round, label, K, ct, proof)) {
      fail(g, `${ballot.name}, ${what}: bằng chứng [${lo},${hi}] sai / range proof [${lo},${hi}] fails`);
    }
  };
  for (const ballot of m.ballots) {
    if (ballot.sessionId !== m.sessionId || ballot.round !== m.round) {
      fail(g, `${ballot.name}: thuộc phiên/vòng khác (${ballot.sessionId}, ${ballot.round}) / belongs to another session or round`);
    }
    const yes = [];
    for (const c of ballot.candidates) {
      for (const option of OPTIONS) {
        const s = c.selections[option];
        check(ballot, `${c.ref}/${option}`, `${cname.get(c.ref)} ${option}`, s.ciphertext, s.proof, expected[option]);
      }
      const sum = addCiphertexts(OPTIONS.map((o) => c.selections[o].ciphertext));
      check(ballot, `${c.ref}/SUM`, `${cname.get(c.ref)} YES+NO+ABSTAIN`, sum, c.sumProof, [1, 1]);
      yes.push(c.selections.YES.ciphertext);
    }
    check(ballot, 'YES-TOTAL', 'tổng YES/YES total', addCiphertexts(yes), ballot.yesTotalProof, [0, m.rules.maxChoices]);
  }
  g.detail = `${proofs} bằng chứng/proofs`;
}

function cachedRangeProof(cache, sessionId, round, label, K, ct, proof) {
  if (!cache) return verifyRangeProof(sessionId, round, label, K, ct, proof);
  const key = JSON.stringify([sessionId, round, label, K.toHex(true), ct.alpha.toHex(true), ct.beta.toHex(true), proof.lo, proof.hi,
    proof.c.map(String), proof.v.map(String)]);
  let ok = cache.get(key);
  if (ok === undefined) {
    ok = verifyRangeProof(sessionId, round, label, K, ct, proof);
    cache.set(key, ok);
  }
  return ok;
}

function checkTrackers(m, g) {
  const firstAt = new Map();
  for (const ballot of m.ballots) {
    const computed = trackerOf(m.sessionId, m.round, ballot.candidates);
    if (computed !== ballot.tracker) {
      fail(g, `${ballot.name}: mã theo dõi không khớp bản mã của phiếu (tính được ${computed}) / tracker does not match the ballot's ciphertexts (computed ${computed})`);
    }
    const earlier = firstAt.get(ballot.tracker);
    if (earlier !== undefined) {
      fail(g, `${ballot.name}: trùng mã theo dõi với ${earlier.name} / duplicate tracker of ${earlier.name}`);
    } else {
      firstAt.set(ballot.tracker, ballot);
    }
  }
  g.detail = `${firstAt.size} mã khác nhau/distinct trackers`;
}

/** @returns {Map<string, Map<string, number|null>>} decrypted count per candidate ref and option (null: not decryptable) */
function checkTally(m, products, decryptions, counts, cname) {
  const guardians = new Map(m.guardians.map((gd) => [gd.id, gd]));
  const decrypted = new Map(m.candidates.map((c) => [c.ref, new Map()]));
  const cast = m.ballots.length;
  for (const t of m.tally) {
    const what = `${cname.get(t.ref)} ${t.option}`;
    const product = addCiphertexts(m.ballots.map((b) => b.candidates.find((c) => c.ref === t.ref).selections[t.option].ciphertext));
    if (t.ciphertext === null) {
      // An empty round's entry: nothing was added, nothing is decrypted (format already required no shares, count 0).
      if (cast > 0) fail(products, `${what}: bản mã null dù có ${cast} phiếu / null ciphertext although there are ${cast} ballots`);
      decrypted.get(t.ref).set(t.option, cast > 0 ? null : 0);
      continue;
    }
    if (cast === 0) {
      fail(products, `${what}: không có phiếu nào nhưng có bản mã (phải là null) / no ballot, yet a ciphertext (must be null)`);
    } else if (!product.alpha.equals(t.ciphertext.alpha) || !product.beta.equals(t.ciphertext.beta)) {
      fail(products, `${what}: tích các phiếu khác bản mã kết quả / the product of the ballots differs from the tally ciphertext`);
    }
    let combined = t.ciphertext.beta;
    let complete = true;
    const seen = new Set();
    for (const s of t.shares) {
      const gd = guardians.get(s.guardianId);
      if (!gd) {
        fail(decryptions, `${what}: "${s.guardianId}" không phải người giữ khóa / is not a guardian`);
        complete = false;
        continue;
      }
      if (seen.has(s.guardianId)) {
        fail(decryptions, `${what}: người giữ khóa "${s.guardianId}" gửi hai lần / guardian "${s.guardianId}" appears twice`);
        complete = false;
        continue;
      }
      seen.add(s.guardianId);
      if (!verifyDecryptionProof(m.sessionId, m.round, t.label, s.guardianId, gd.publicKey, t.ciphertext, s.share, s.proof)) {
        fail(decryptions, `${what}, người giữ khóa/guardian "${s.guardianId}": bằng chứng Chaum–Pedersen sai / Chaum–Pedersen proof fails`);
        complete = false;
      }
      combined = combined.subtract(s.share);
    }
    for (const id of guardians.keys()) {
      if (!seen.has(id)) {
        fail(decryptions, `${what}: thiếu phần giải mã của "${id}" / missing the partial decryption of "${id}"`);
        complete = false;
      }
    }
    const value = complete ? smallLog(combined, cast) : null;
    decrypted.get(t.ref).set(t.option, value);
    if (complete && value === null) {
      fail(counts, `${what}: giải mã không ra số nào từ 0 đến ${cast} / decrypts to no count between 0 and ${cast}`);
    } else if (value !== null && value !== t.count) {
      fail(counts, `${what}: bản tin ghi ${t.count}, giải mã được ${value} / the bulletin says ${t.count}, decryption gives ${value}`);
    }
  }
  for (const c of m.candidates) {
    const got = OPTIONS.map((o) => decrypted.get(c.ref).get(o));
    if (got.every((v) => v !== null && v !== undefined) && got.reduce((x, y) => x + y, 0) !== cast) {
      fail(counts, `${cname.get(c.ref)}: YES+NO+ABSTAIN = ${got.join('+')} ≠ ${cast} phiếu/ballots`);
    }
  }
  products.detail = `${m.tally.length} bản mã/ciphertexts`;
  decryptions.detail = `${m.tally.reduce((n, t) => n + t.shares.length, 0)} phần giải mã/partial decryptions`;
  if (decryptions.failures.length) counts.detail = 'chỉ kiểm được các mục giải mã đúng / only correctly decrypted entries checked';
  return decrypted;
}

function checkElected(m, decrypted, g, cname) {
  const fromBulletin = new Map(m.tally.map((t) => [`${t.ref}/${t.option}`, t.count]));
  const countOf = (ref, option) => decrypted.get(ref).get(option) ?? fromBulletin.get(`${ref}/${option}`);
  const yes = new Map(m.candidates.map((c) => [c.ref, countOf(c.ref, 'YES')]));
  const refs = m.candidates.map((c) => c.ref);
  const { elected, passing, tied, whole } = electedOf(refs, yes, m.rules, m.attendance);
  const claimed = new Set(m.elected);
  for (const ref of elected) if (!claimed.has(ref)) fail(g, `${cname.get(ref)}: trúng cử theo điều lệ nhưng bản tin không ghi / elected by the rules but not listed as elected`);
  for (const ref of claimed) {
    if (!elected.includes(ref)) {
      const why = tied.includes(ref) ? 'hòa ở ghế cuối / tied for the last seat'
        : passing.includes(ref) ? 'ngoài số ghế / beyond the seats' : 'không đạt ngưỡng / below the threshold';
      fail(g, `${cname.get(ref)}: bản tin ghi trúng cử nhưng theo điều lệ thì không (${why}) / listed as elected, the rules say not`);
    }
  }
  g.detail = `ngưỡng/threshold ${m.rules.thresholdText} × ${m.rules.base} ${whole}, ${m.rules.seats} ghế/seats` +
    (tied.length ? `, ${tied.length} hòa ở ghế cuối/tied for the last seat` : '');
  return m.candidates.map((c) => ({
    ref: c.ref, label: c.label,
    yes: countOf(c.ref, 'YES'), no: countOf(c.ref, 'NO'), abstain: countOf(c.ref, 'ABSTAIN'),
    passed: passing.includes(c.ref), elected: elected.includes(c.ref), tied: tied.includes(c.ref),
  }));
}
