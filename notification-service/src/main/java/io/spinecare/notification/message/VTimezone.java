package io.spinecare.notification.message;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * A VTIMEZONE built from the JDK's zone rules: the observance in force a year before the event and every
 * transition up to a year after it, each as its own STANDARD or DAYLIGHT sub-component with an explicit
 * onset. No RRULEs to get wrong; zones without daylight saving (Asia/Kolkata) get one STANDARD block.
 */
final class VTimezone {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final Duration MARGIN = Duration.ofDays(366);

    private VTimezone() {}

    static void write(IcsWriter ics, ZoneId zone, Instant start, Instant end) {
        ZoneRules rules = zone.getRules();
        Instant from = start.minus(MARGIN);
        Instant to = end.plus(MARGIN);
        ics.line("BEGIN:VTIMEZONE");
        ics.line("TZID:" + zone.getId());
        ZoneOffsetTransition inForce = rules.previousTransition(from.plusSeconds(1));
        if (inForce == null) {
            ZoneOffset offset = rules.getOffset(from);
            observance(ics, rules.isDaylightSavings(from), "19700101T000000", offset, offset);
        } else {
            observance(ics, rules, inForce);
        }
        for (ZoneOffsetTransition t = rules.nextTransition(from);
                t != null && t.getInstant().isBefore(to);
                t = rules.nextTransition(t.getInstant())) {
            observance(ics, rules, t);
        }
        ics.line("END:VTIMEZONE");
    }

    /** The onset is local time in the offset before the switch (RFC 5545 3.6.5). */
    private static void observance(IcsWriter ics, ZoneRules rules, ZoneOffsetTransition t) {
        boolean daylight = rules.isDaylightSavings(t.getInstant());
        observance(ics, daylight, LOCAL.format(t.getDateTimeBefore()), t.getOffsetBefore(), t.getOffsetAfter());
    }

    private static void observance(IcsWriter ics, boolean daylight, String onset, ZoneOffset from, ZoneOffset to) {
        String kind = daylight ? "DAYLIGHT" : "STANDARD";
        ics.line("BEGIN:" + kind);
        ics.line("DTSTART:" + onset);
        ics.line("TZOFFSETFROM:" + offset(from));
        ics.line("TZOFFSETTO:" + offset(to));
        ics.line("END:" + kind);
    }

    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int abs = Math.abs(total);
        String text = String.format("%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
        return abs % 60 == 0 ? text : text + String.format("%02d", abs % 60);
    }
}
