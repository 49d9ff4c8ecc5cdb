package vn.gov.moj.thidua.voting;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.moj.thidua.voting.crypto.P256;
import vn.gov.moj.thidua.voting.crypto.Tracker;
import vn.gov.moj.thidua.voting.crypto.Wire;

/**
 * The published bulletin of an encrypted round ({@code thidua-bulletin/1}, docs/ballot-crypto.md): rules, attendance,
 * candidates, key holders with proofs, every encrypted ballot with its tracker, the summed ciphertexts with partial
 * decryptions and proofs, the counts and who is elected. Written once at publication; its SHA-256 binds the minutes.
 */
@ApplicationScoped
public class Bulletin {

    @Inject
    EncryptedBallotBox box;

    @Inject
    ElectionKeys keys;

    @Inject
    ObjectMapper json;

    /** Writes the bulletin into the session (bytes and hash). */
    public void publish(VotingSession session) {
        byte[] bytes = build(session);
        session.bulletin = bytes;
        session.bulletinSha256 = sha256(bytes);
    }

    byte[] build(VotingSession session) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format", "thidua-bulletin/1");
        out.put("sessionId", session.id.toString());
        out.put("title", session.title);
        out.put("round", session.round);
        out.put("rules", session.rules());
        Tally t = session.result;
        Map<String, Object> attendance = new LinkedHashMap<>();
        attendance.put("electorate", t.electorate());
        attendance.put("present", t.present());
        attendance.put("validBallots", t.ballotsCounted());
        attendance.put("invalidBallots", t.invalidBallots());
        out.put("attendance", attendance);
        List<Map<String, String>> candidates = new ArrayList<>();
        for (Candidate c : session.candidates) {
            Map<String, String> one = new LinkedHashMap<>();
            one.put("ref", c.ref().toString());
            one.put("label", c.label());
            candidates.add(one);
        }
        out.put("candidates", candidates);
        List<EncryptedViews.Guardian> guardians = keys.guardians(session);
        out.put("guardians", guardians);
        out.put("electionKey", P256.pointHex(keys.key(session)));
        List<Map<String, Object>> ballots = new ArrayList<>();
        try {
            for (String ballot : box.ballots(session.id, session.round)) {
                Map<String, Object> entry = new LinkedHashMap<>();
                JsonNode node = json.readTree(ballot);
                entry.put("tracker", Tracker.of(Wire.read(json.treeToValue(node, Wire.BallotJson.class))));
                entry.put("ballot", node);
                ballots.add(entry);
            }
            out.put("ballots", ballots);
            out.put("tally", session.encryptedTally);
            out.put("elected", t.candidates().stream().filter(Tally.CandidateResult::elected).map(c -> c.ref().toString()).toList());
            return json.writeValueAsBytes(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
