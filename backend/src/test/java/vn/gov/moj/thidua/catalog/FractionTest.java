package vn.gov.moj.thidua.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class FractionTest {

    @Test
    void twoThirdsIsMetBySixOfNineButNotByFive() {
        Fraction twoThirds = Fraction.parse("2/3");
        assertThat(twoThirds.isMetBy(6, 9)).isTrue();
        assertThat(twoThirds.isMetBy(5, 9)).isFalse();
    }

    @Test
    void fifteenPercentOfLdttCapsCstdcs() {
        Fraction quota = Fraction.parse("0.15");
        assertThat(quota.maxOutOf(21)).isEqualTo(3);
        assertThat(quota.isNotExceededBy(3, 21)).isTrue();
        assertThat(quota.isNotExceededBy(4, 21)).isFalse();
    }

    @Test
    void ninetyPercentOfAllCouncilMembers() {
        Fraction threshold = Fraction.parse("9/10");
        assertThat(threshold.isMetBy(14, 15)).isTrue();
        assertThat(threshold.isMetBy(13, 15)).isFalse();
        assertThat(threshold.toDecimal()).isEqualByComparingTo(new BigDecimal("0.9"));
    }

    @Test
    void anEmptyWholeMeetsNoPositiveShare() {
        assertThat(Fraction.parse("0.7").isMetBy(0, 0)).isFalse();
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> Fraction.parse("2/0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fraction.parse("hai phần ba")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ValueType.FRACTION.problemWith("2/3")).isNull();
        assertThat(ValueType.INTEGER.problemWith("3.5")).isNotNull();
        assertThat(ValueType.BOOLEAN.problemWith("yes")).isNotNull();
    }
}
