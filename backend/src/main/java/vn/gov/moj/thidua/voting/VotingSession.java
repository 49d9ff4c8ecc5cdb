package vn.gov.moj.thidua.voting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.gov.moj.thidua.catalog.Fraction;

import vn.gov.moj.thidua.common.persistence.VersionedEntity;

/**
 * Phiên bỏ phiếu — a cluster election (suy tôn) or a council review, one round. Candidates, electorate and
 * rules are documents of the session, frozen once it opens.
 */
@Entity
@Table(name = "voting_session")
public class VotingSession extends VersionedEntity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public VotingPurpose purpose;

    public String title;

    @Column(name = "cluster_id")
    public UUID clusterId;

    @Column(name = "period_id")
    public UUID periodId;

    @Column(name = "award_type_id")
    public UUID awardTypeId;

    @Column(name = "session_date")
    public LocalDate sessionDate;

    public String place;

    public int round = 1;

    @Column(name = "previous_round_id")
    public UUID previousRoundId;

    @Enumerated(EnumType.STRING)
    public BallotMode mode;

    @Enumerated(EnumType.STRING)
    public SessionStatus status;

    public String quorum;

    public String threshold;

    @Enumerated(EnumType.STRING)
    public VoteBase base;

    public int seats;

    @Column(name = "max_choices")
    public int maxChoices;

    @Column(name = "self_vote_allowed")
    public boolean selfVoteAllowed;

    @Column(name = "abstain_allowed")
    public boolean abstainAllowed;

    public boolean secret;

    /** Encrypted ballots (docs/ballot-crypto.md): the server never holds a plaintext ballot of this session. */
    public boolean encrypted;

    /** The encrypted count: summed ciphertexts, partial decryptions with proofs, counts (public once published). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "encrypted_tally")
    public List<EncryptedViews.TallyEntry> encryptedTally;

    /** The published bulletin, exactly the bytes every download returns. */
    @Basic(fetch = FetchType.LAZY)
    public byte[] bulletin;

    @Column(name = "bulletin_sha256")
    public String bulletinSha256;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Candidate> candidates = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Voter> electorate = new ArrayList<>();

    /** Voter keys recorded present at opening. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> present = new ArrayList<>();

    /** Council review: who stands aside from which item (frozen at opening, added to by declared conflicts). */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Recusal> recusals = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public PaperCount paper;

    @JdbcTypeCode(SqlTypes.JSON)
    public Tally result;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "tallied_at")
    public Instant talliedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "created_by")
    public String createdBy;

    public VotingRules rules() {
        return new VotingRules(quorum, threshold, base, seats, maxChoices, selfVoteAllowed, abstainAllowed, secret);
    }

    public Fraction quorumShare() {
        return Fraction.parse(quorum);
    }

    public Fraction thresholdShare() {
        return Fraction.parse(threshold);
    }

    public Optional<Voter> voter(String key) {
        return electorate.stream().filter(v -> v.key().equals(key)).findFirst();
    }

    public Optional<Candidate> candidate(UUID ref) {
        return candidates.stream().filter(c -> c.ref().equals(ref)).findFirst();
    }

    /** Who entered this session as history of an ended period (docs/statistics.md); null when it was made at the time. */
    @Column(name = "entered_by")
    public String enteredBy;

    /** The items the voter stands aside from. */
    public java.util.Set<UUID> recusedItems(String voterKey) {
        java.util.Set<UUID> items = new java.util.HashSet<>();
        recusals.stream().filter(r -> r.voterKey().equals(voterKey)).forEach(r -> items.add(r.candidateRef()));
        return items;
    }

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
    }
}
