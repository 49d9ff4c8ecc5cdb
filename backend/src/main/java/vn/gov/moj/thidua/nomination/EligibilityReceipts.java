package vn.gov.moj.thidua.nomination;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.moj.thidua.catalog.RuleValue;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.nomination.eligibility.RuleSetReceipt;
import vn.gov.moj.thidua.nomination.eligibility.RuleSetReceipt.ParameterRead;

/**
 * Records the rule set each eligibility check read ({@link RuleSetReceipt}) and answers it with what changed since the
 * dossier's previous, different rule set. A row is written only when the set differs from the dossier's latest one, so
 * reading the checklist again under the same rules writes nothing.
 */
@ApplicationScoped
public class EligibilityReceipts {

    static final TypeReference<List<ParameterRead>> READS = new TypeReference<>() {
    };

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    /** The version read, as the receipt lists it. */
    static ParameterRead read(RuleValue v) {
        return new ParameterRead(v.ruleId(), v.key(), v.versionId() == null ? null : v.versionId().toString(), v.effectiveFrom(),
                v.effectiveTo(), v.value(), v.legalSource());
    }

    /** No version in force: the researched default was used. */
    static ParameterRead fallback(String ruleId, String key, Object value) {
        return new ParameterRead(ruleId, key, null, null, null, String.valueOf(value), null);
    }

    @Transactional
    public EligibilityReceiptView record(UUID nominationId, LocalDate evaluatedOn, List<ParameterRead> reads) {
        List<ParameterRead> parameters = RuleSetReceipt.normalised(reads);
        String hash = RuleSetReceipt.hash(parameters);
        List<EligibilityReceipt> past = em.createQuery("from EligibilityReceipt where nominationId = :n order by id desc", EligibilityReceipt.class)
                .setParameter("n", nominationId).getResultList();
        if (past.isEmpty() || !past.get(0).ruleSetHash.equals(hash)) {
            EligibilityReceipt r = new EligibilityReceipt();
            r.nominationId = nominationId;
            r.evaluatedOn = evaluatedOn;
            r.ruleSetHash = hash;
            r.parameters = write(parameters);
            r.checkedAt = Instant.now(clock);
            r.checkedBy = user.username();
            em.persist(r);
        }
        Optional<EligibilityReceipt> previous = past.stream().filter(r -> !r.ruleSetHash.equals(hash)).findFirst();
        List<EligibilityReceiptView.ParameterChange> changes = previous
                .map(p -> RuleSetReceipt.changes(parse(p.parameters), parameters).stream().map(EligibilityReceiptView.ParameterChange::of).toList())
                .orElse(List.of());
        return new EligibilityReceiptView(evaluatedOn, hash, "SHA-256",
                parameters.stream().map(EligibilityReceiptView.ParameterVersion::of).toList(),
                previous.map(p -> p.ruleSetHash).orElse(null), previous.map(p -> p.checkedAt).orElse(null), changes);
    }

    private String write(List<ParameterRead> parameters) {
        try {
            return json.writeValueAsString(parameters);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ParameterRead> parse(String text) {
        try {
            return json.readValue(text, READS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
