package vn.gov.moj.thidua.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import vn.gov.moj.thidua.common.time.ClockProducer;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/** The 15 December statistics reminder in the secretariat's inbox, with the clock moved before, into and after its window. */
@QuarkusTest
class InboxStatisticsReminderTest {

    static void today(String instant) {
        QuarkusMock.installMockForType(Clock.fixed(Instant.parse(instant), ClockProducer.VIETNAM), Clock.class);
    }

    static List<Map<String, Object>> reminders(String role) {
        return Tokens.as(role, DemoIds.VU_TCCB).get("/api/v1/inbox").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.kind == 'STATISTICS_REPORT_DUE' }");
    }

    @Test
    void beforeTheWindowThereIsNoReminder() {
        today("2026-11-14T10:00:00Z");
        assertThat(reminders("secretariat")).isEmpty();
    }

    @Test
    void insideTheWindowTheSecretariatAndOnlyItIsReminded() {
        today("2026-11-20T10:00:00Z");
        List<Map<String, Object>> items = reminders("secretariat");
        assertThat(items).hasSize(1);
        assertThat(items.get(0)).containsEntry("title", "Báo cáo thống kê TĐKT năm 2026 (Biểu 0601–0603) hạn 15/12")
                .containsEntry("due", "2026-12-15").containsEntry("overdue", false).containsEntry("route", "/reports")
                .containsEntry("objectType", "STATISTICS_REPORT");
        assertThat(reminders("unit-officer")).isEmpty();
        assertThat(reminders("viewer")).isEmpty();
    }

    @Test
    void afterTheFifteenthOfDecemberInVietnamThereIsNoReminder() {
        // 17:30 UTC on 15 December is already 16 December in Hà Nội
        today("2026-12-15T17:30:00Z");
        assertThat(reminders("secretariat")).isEmpty();
    }
}
