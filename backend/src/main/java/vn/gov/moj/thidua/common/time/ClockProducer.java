package vn.gov.moj.thidua.common.time;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The one clock of the application: every "now" and "today" is read from the injected {@link Clock}, in Vietnam's
 * time zone whatever the instance's own zone (a container defaults to UTC). Tests move time with
 * {@code QuarkusMock.installMockForType(Clock.fixed(...), Clock.class)}; pure policies take the date as an argument.
 */
@ApplicationScoped
public class ClockProducer {

    /** Emulation years, deadlines and "today" are Vietnamese dates. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(VIETNAM);
    }
}
