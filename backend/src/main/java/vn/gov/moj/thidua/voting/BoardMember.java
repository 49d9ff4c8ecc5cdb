package vn.gov.moj.thidua.voting;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.gov.moj.thidua.voting.crypto.Wire;

/**
 * A counting-board member (Ban kiểm phiếu) of an encrypted session: a guardian whose id is this row's id. Holds the
 * public key share and its proof once posted, and the partial decryptions of the round's totals once posted; never
 * the private share.
 */
@Entity
@Table(name = "vote_board_member")
public class BoardMember {

    @Id
    public UUID id;

    @Column(name = "session_id")
    public UUID sessionId;

    public int position;

    public String username;

    public String label;

    @Column(name = "public_key")
    public String publicKey;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "key_proof")
    public Wire.ProofJson keyProof;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<BoardViews.Decryption> decryptions;

    public String guardianId() {
        return id.toString();
    }
}
