package vn.gov.moj.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import vn.gov.moj.thidua.common.time.ClockProducer;
import vn.gov.moj.thidua.nomination.Notification;
import vn.gov.moj.thidua.org.EmulationPeriod;
import vn.gov.moj.thidua.support.DemoIds;

/** Stored instants come from the injected Clock (the entity listener is a CDI bean), not from the wall clock. */
@QuarkusTest
class TimestampsTest {

    static final Instant CREATED = Instant.parse("2031-03-04T05:06:07Z");
    static final Instant UPDATED = Instant.parse("2031-05-06T07:08:09Z");

    @Inject
    EntityManager em;

    @Test
    void aVersionedRecordTakesItsCreationAndUpdateInstantsFromTheClock() {
        QuarkusMock.installMockForType(Clock.fixed(CREATED, ClockProducer.VIETNAM), Clock.class);
        EmulationPeriod period = new EmulationPeriod();
        period.label = "Đồng hồ " + UUID.randomUUID();
        period.startDate = LocalDate.of(2031, 1, 1);
        period.endDate = LocalDate.of(2031, 12, 31);
        UUID id = QuarkusTransaction.requiringNew().call(() -> {
            em.persist(period);
            return period.id;
        });
        try {
            EmulationPeriod stored = QuarkusTransaction.requiringNew().call(() -> em.find(EmulationPeriod.class, id));
            assertThat(stored.createdAt).isEqualTo(CREATED);
            assertThat(stored.updatedAt).isEqualTo(CREATED);
            assertThat(stored.version).isZero();

            QuarkusMock.installMockForType(Clock.fixed(UPDATED, ClockProducer.VIETNAM), Clock.class);
            QuarkusTransaction.requiringNew().run(() -> em.find(EmulationPeriod.class, id).label += " (sửa)");
            EmulationPeriod updated = QuarkusTransaction.requiringNew().call(() -> em.find(EmulationPeriod.class, id));
            assertThat(updated.createdAt).isEqualTo(CREATED);
            assertThat(updated.updatedAt).isEqualTo(UPDATED);
            assertThat(updated.version).isEqualTo(1);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.remove(em.find(EmulationPeriod.class, id)));
        }
    }

    @Test
    void aWriteOnceRecordTakesItsCreationInstantFromTheClock() {
        QuarkusMock.installMockForType(Clock.fixed(CREATED, ClockProducer.VIETNAM), Clock.class);
        Notification notice = new Notification();
        notice.unitId = DemoIds.VU_TCCB;
        notice.kind = "RETURNED";
        notice.message = "Hồ sơ được trả lại";
        UUID id = QuarkusTransaction.requiringNew().call(() -> {
            em.persist(notice);
            return notice.id;
        });
        try {
            Notification stored = QuarkusTransaction.requiringNew().call(() -> em.find(Notification.class, id));
            assertThat(stored.createdAt).isEqualTo(CREATED);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.remove(em.find(Notification.class, id)));
        }
    }
}
