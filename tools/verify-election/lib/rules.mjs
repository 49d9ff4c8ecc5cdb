// Who is elected, recomputed from the frozen rules exactly as docs/ballot-crypto.md (and the server's
// TallyPolicy / catalog.Fraction) describe: exact fractions, no floating point.

/**
 * Parses an exact share: "2/3", or a decimal such as "0.8" or "1". Returns null when it is not one.
 * @param {unknown} text @returns {{num: bigint, den: bigint} | null}
 */
export function parseFraction(text) {
  if (typeof text !== 'string') return null;
  const s = text.trim();
  let m = /^(\d+)\s*\/\s*(\d+)$/.exec(s);
  if (m) {
    const den = BigInt(m[2]);
    return den > 0n ? { num: BigInt(m[1]), den } : null;
  }
  m = /^(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return null;
  const decimals = m[2] ?? '';
  return { num: BigInt(m[1] + decimals), den: 10n ** BigInt(decimals.length) };
}

/** Whether part out of whole is at least the share (an empty whole meets nothing but 0). */
export function isMetBy(share, part, whole) {
  if (whole <= 0) return share.num === 0n;
  return BigInt(part) * share.den >= share.num * BigInt(whole);
}

export const BASES = ['ALL_MEMBERS', 'PRESENT', 'VOTES_CAST'];

/** The count the threshold is taken of. */
export function baseCount(base, { electorate, present, validBallots }) {
  switch (base) {
    case 'ALL_MEMBERS': return electorate;
    case 'PRESENT': return present;
    case 'VOTES_CAST': return validBallots;
    default: throw new RangeError(`unknown base ${base}`);
  }
}

/**
 * Elected candidates: a candidate passes when its YES count is positive and reaches the threshold of the base;
 * when more pass than there are seats, the highest YES counts win and those tied for the last seat are not elected.
 * @param {string[]} refs candidate refs in the session's order
 * @param {Map<string, number>} yes YES count per ref
 * @param {{threshold: {num: bigint, den: bigint}, base: string, seats: number}} rules
 * @param {{electorate: number, present: number, validBallots: number}} attendance
 * @returns {{elected: string[], passing: string[], tied: string[], whole: number}}
 */
export function electedOf(refs, yes, rules, attendance) {
  const whole = baseCount(rules.base, attendance);
  const yesOf = (r) => yes.get(r) ?? 0;
  const passing = refs.filter((r) => yesOf(r) > 0 && isMetBy(rules.threshold, yesOf(r), whole));
  const sorted = [...passing].sort((a, b) => yesOf(b) - yesOf(a)); // stable, like the server's sort
  if (sorted.length <= rules.seats) return { elected: sorted, passing: sorted, tied: [], whole };
  const last = yesOf(sorted[rules.seats - 1]);
  const above = sorted.filter((r) => yesOf(r) > last).length;
  const atLast = sorted.filter((r) => yesOf(r) === last).length;
  const elected = [];
  const tied = [];
  for (const r of sorted) {
    if (yesOf(r) > last || (yesOf(r) === last && above + atLast <= rules.seats)) elected.push(r);
    else if (yesOf(r) === last) tied.push(r);
  }
  return { elected, passing: sorted, tied, whole };
}
