package vn.gov.moj.thidua.common;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.web.Versions;

class VersionsTest {

    @Test
    void acceptsTheCurrentVersionInAnyTagForm() {
        assertThatCode(() -> Versions.requireMatch("\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Versions.requireMatch("W/\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Versions.requireMatch("\"1\", \"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Versions.requireMatch("*", 3)).doesNotThrowAnyException();
    }

    @Test
    void refusesAnOlderVersionWith412() {
        assertThatThrownBy(() -> Versions.requireMatch("\"2\"", 3))
                .isInstanceOfSatisfying(ApiProblem.class, p -> org.assertj.core.api.Assertions.assertThat(p.status()).isEqualTo(412));
    }

    @Test
    void refusesAMissingHeaderWith428() {
        assertThatThrownBy(() -> Versions.requireMatch(null, 0))
                .isInstanceOfSatisfying(ApiProblem.class, p -> org.assertj.core.api.Assertions.assertThat(p.status()).isEqualTo(428));
        assertThatThrownBy(() -> Versions.requireMatch(" ", 0)).isInstanceOf(ApiProblem.class);
    }
}
