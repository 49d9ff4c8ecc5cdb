import type { VotingResult, VotingSession } from '../api/voting';

export function votingSession(overrides: Partial<VotingSession> = {}): VotingSession {
  return {
    id: 'v1',
    purpose: 'CLUSTER_ELECTION',
    title: 'Suy tôn Cờ thi đua ngành Tư pháp năm 2026',
    clusterId: 'c1',
    clusterName: 'Cụm thi đua số III',
    sessionDate: '2026-12-15',
    place: 'Hà Nội',
    round: 1,
    mode: 'ELECTRONIC',
    status: 'OPEN',
    rules: { quorum: '2/3', threshold: '2/3', base: 'ALL_MEMBERS', seats: 1, maxChoices: 1, selfVoteAllowed: false, abstainAllowed: true, secret: true },
    candidates: [
      { kind: 'UNIT', ref: 'u202', label: 'Cục Đăng ký quốc gia giao dịch bảo đảm và Bồi thường nhà nước' },
      { kind: 'UNIT', ref: 'u203', label: 'Cục Hành chính tư pháp' },
      { kind: 'UNIT', ref: 'u201', label: 'Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý' },
    ],
    electorate: [
      { key: 'u202', label: 'Cục Đăng ký quốc gia giao dịch bảo đảm và Bồi thường nhà nước' },
      { key: 'u203', label: 'Cục Hành chính tư pháp' },
      { key: 'u201', label: 'Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý' },
    ],
    present: ['u202', 'u203', 'u201'],
    quorumNeeded: 2,
    allowedActions: ['cast'],
    callerVoterKey: 'u201',
    callerHasVoted: false,
    recusals: [],
    version: 2,
    encrypted: false,
    ...overrides,
  };
}

export const publishedResult: VotingResult = {
  sessionId: 'v1',
  title: 'Suy tôn Cờ thi đua ngành Tư pháp năm 2026',
  round: 1,
  status: 'PUBLISHED',
  encrypted: false,
  mode: 'ELECTRONIC',
  rules: votingSession().rules,
  published: true,
  receiptCodes: ['ABCDEFGH23', 'ZXCVBNMK45'],
  recusals: [],
  tally: {
    electorate: 3,
    present: 3,
    ballotsCounted: 3,
    invalidBallots: 0,
    baseCount: 3,
    paper: false,
    tieForLastSeat: false,
    seats: 1,
    candidates: [
      { kind: 'UNIT', ref: 'u202', label: 'Cục ĐKGDBĐ&BTNN', yes: 2, no: 1, abstain: 0, rank: 1, passed: true, elected: true, tiedForLastSeat: false },
      { kind: 'UNIT', ref: 'u203', label: 'Cục Hành chính tư pháp', yes: 1, no: 2, abstain: 0, rank: 2, passed: false, elected: false, tiedForLastSeat: false },
    ],
  },
};
