/**
 * Voting (bỏ phiếu bình xét, suy tôn): sessions in which a cluster elects its leading units or the sector
 * council reviews candidates, with rules frozen at opening, one secret ballot per voter per round, paper
 * tallies, results by exact fractions and minutes (biên bản kiểm phiếu). Nominations read published
 * outcomes through {@link vn.gov.moj.thidua.voting.VotingResults} only. Reads {@code org} and {@code catalog}.
 * Entry points: {@code VotingSessionResource}, {@code VotingSessionService}, {@code BallotService}; reads:
 * {@code VotingResults} (published outcomes) and {@code VotingReads} (the inbox).
 */
package vn.gov.moj.thidua.voting;
