package vn.gov.moj.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import vn.gov.moj.thidua.common.time.ClockProducer;

/** The one clock reads Vietnam's date, whatever the instance's zone, and a test can move it. */
@QuarkusTest
class ClockTest {

    @Inject
    Clock clock;

    @Test
    void todayIsVietnamsDateEvenWhenUtcIsStillYesterday() {
        // 23:30 UTC on 31 Dec 2025 is 06:30 on 1 Jan 2026 in Hà Nội
        QuarkusMock.installMockForType(Clock.fixed(Instant.parse("2025-12-31T23:30:00Z"), ClockProducer.VIETNAM), Clock.class);
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(LocalDate.now(clock.withZone(ZoneOffset.UTC))).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void theProducedClockRunsInVietnamsZone() {
        assertThat(clock.getZone()).isEqualTo(ClockProducer.VIETNAM);
    }
}
