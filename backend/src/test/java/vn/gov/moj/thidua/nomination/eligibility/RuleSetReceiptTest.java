package vn.gov.moj.thidua.nomination.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.gov.moj.thidua.nomination.eligibility.RuleSetReceipt.ParameterRead;

class RuleSetReceiptTest {

    static final String V1 = "11111111-1111-1111-1111-111111111111";
    static final ParameterRead A = new ParameterRead("R-A", "k", V1, LocalDate.of(2024, 1, 1), null, " 3 ", "Luật 2022, Điều 22");
    static final ParameterRead B_DEFAULT = new ParameterRead("R-B", "x", null, null, null, "0.15", null);

    @Test
    void theCanonicalFormIsSortedOneLinePerParameterAndItsHashIsSha256() {
        assertThat(RuleSetReceipt.canonical(List.of(B_DEFAULT, A, A)))
                .isEqualTo("R-A|k|" + V1 + "|2024-01-01||3\nR-B|x||||0.15\n");
        // computed independently: printf 'R-A|k|1111…|2024-01-01||3\nR-B|x||||0.15\n' | sha256sum
        assertThat(RuleSetReceipt.hash(List.of(B_DEFAULT, A)))
                .isEqualTo("8d4c6ade941e6482b3f814cab08599df6be7d1fe7eadab0518ca278601a5f869");
        assertThat(RuleSetReceipt.hash(List.of(A, B_DEFAULT))).isEqualTo(RuleSetReceipt.hash(List.of(B_DEFAULT, A)));
    }

    @Test
    void theSourceTextDoesNotChangeTheHashButAVersionOrValueDoes() {
        ParameterRead otherSource = new ParameterRead("R-A", "k", V1, LocalDate.of(2024, 1, 1), null, "3", "another text");
        assertThat(RuleSetReceipt.hash(List.of(otherSource))).isEqualTo(RuleSetReceipt.hash(List.of(A)));
        ParameterRead closed = new ParameterRead("R-A", "k", V1, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), "3", null);
        assertThat(RuleSetReceipt.hash(List.of(closed))).isNotEqualTo(RuleSetReceipt.hash(List.of(A)));
    }

    @Test
    void noChangeBetweenTheSameRuleSet() {
        assertThat(RuleSetReceipt.changes(List.of(A, B_DEFAULT), List.of(B_DEFAULT, A))).isEmpty();
    }

    @Test
    void aNewVersionReplacingADefaultIsAChangeAndAParameterReadOnlyOnOneSideToo() {
        ParameterRead bVersion = new ParameterRead("R-B", "x", "22222222-2222-2222-2222-222222222222", LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 12, 31), "0.2", "Nghị định 91/2017");
        ParameterRead c = new ParameterRead("R-C", "y", null, null, null, "1", null);
        List<RuleSetReceipt.Change> changes = RuleSetReceipt.changes(List.of(A, B_DEFAULT), List.of(A, bVersion, c));
        assertThat(changes).extracting(RuleSetReceipt.Change::ruleId).containsExactly("R-B", "R-C");
        assertThat(changes.get(0).before()).isEqualTo(B_DEFAULT);
        assertThat(changes.get(0).after()).isEqualTo(bVersion);
        assertThat(changes.get(1).before()).isNull();
    }
}
