package io.spinecare.booking.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * Now and the clinic's calendar. Instants are stored; the API speaks wall-clock time with the
 * offset that applied at that instant in the zone the time belongs to.
 */
@Component
public class ClinicTime {

    private final Clock clock;
    private final ZoneId zone;

    public ClinicTime(Clock clock, BookingProperties settings) {
        this.clock = clock;
        this.zone = settings.zone();
    }

    public Instant now() {
        return clock.instant();
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone);
    }

    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    public static OffsetDateTime at(Instant instant, String zoneId) {
        return instant.atZone(ZoneId.of(zoneId)).toOffsetDateTime();
    }
}
