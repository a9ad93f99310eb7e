package io.spinecare.notification.message;

import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.util.DateTimeComponents;
import biweekly.util.UtcOffset;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.TimeZone;

/**
 * The clinic zone as a VTIMEZONE built from the JDK's zone rules: the observance in force a year before the
 * event and every transition up to a year after it, each as its own STANDARD or DAYLIGHT component with an
 * explicit onset. No RRULEs to get wrong, and nothing fetched from the network (the library's default would
 * download zone definitions); zones without daylight saving (Asia/Kolkata) get one STANDARD component.
 */
final class ClinicTimezone {

    private static final Duration MARGIN = Duration.ofDays(366);
    private static final LocalDateTime EPOCH = LocalDateTime.of(1970, 1, 1, 0, 0);

    private ClinicTimezone() {}

    static TimezoneAssignment around(ZoneId zone, Instant start, Instant end) {
        ZoneRules rules = zone.getRules();
        Instant from = start.minus(MARGIN);
        Instant to = end.plus(MARGIN);
        VTimezone component = new VTimezone(zone.getId());
        ZoneOffsetTransition inForce = rules.previousTransition(from.plusSeconds(1));
        if (inForce == null) {
            ZoneOffset offset = rules.getOffset(from);
            component.addComponent(observance(rules.isDaylightSavings(from), EPOCH, offset, offset));
        } else {
            component.addComponent(observance(rules, inForce));
        }
        for (ZoneOffsetTransition t = rules.nextTransition(from);
                t != null && t.getInstant().isBefore(to);
                t = rules.nextTransition(t.getInstant())) {
            component.addComponent(observance(rules, t));
        }
        return new TimezoneAssignment(TimeZone.getTimeZone(zone), component);
    }

    /** The onset is local time in the offset before the switch (RFC 5545 3.6.5). */
    private static Observance observance(ZoneRules rules, ZoneOffsetTransition t) {
        return observance(
                rules.isDaylightSavings(t.getInstant()),
                t.getDateTimeBefore(),
                t.getOffsetBefore(),
                t.getOffsetAfter());
    }

    private static Observance observance(boolean daylight, LocalDateTime onset, ZoneOffset from, ZoneOffset to) {
        Observance observance = daylight ? new DaylightSavingsTime() : new StandardTime();
        observance.setDateStart(new DateTimeComponents(
                onset.getYear(),
                onset.getMonthValue(),
                onset.getDayOfMonth(),
                onset.getHour(),
                onset.getMinute(),
                onset.getSecond(),
                false));
        observance.setTimezoneOffsetFrom(new UtcOffset(from.getTotalSeconds() * 1000L));
        observance.setTimezoneOffsetTo(new UtcOffset(to.getTotalSeconds() * 1000L));
        return observance;
    }
}
