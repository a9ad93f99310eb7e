package io.spinecare.notification.message;

import io.spinecare.content.Catalogue;
import io.spinecare.content.Condition;
import io.spinecare.content.ConsultationType;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * Words a waitlist offer with content-core's own names: the condition ("Sciatica"), the consultation type ("New
 * consultation") and each scan the clinic will ask for (ScanWording). An id this build does not know is shown as
 * the id rather than failing the message.
 */
final class OfferWording {

    private static final Catalogue CATALOGUE = Catalogue.loadDefault();
    private static final java.time.format.DateTimeFormatter HH_MM =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm");

    private OfferWording() {}

    /** What the offer templates show besides the appointment's own lines. */
    record OfferLines(String condition, String consultation, String heldUntil, List<String> scans, String leaveLink) {}

    /** Every kind renders with any snapshot: without offer details the lines still read sensibly. */
    static OfferLines of(AppointmentSnapshot a, String link) {
        ZoneId zone = ZoneId.of(a.timeZone());
        AppointmentSnapshot.Offer offer =
                a.offer() != null ? a.offer() : new AppointmentSnapshot.Offer(a.appointmentId(), null, a.start());
        String condition = offer.conditionId() == null
                ? "your spine condition"
                : CATALOGUE.condition(offer.conditionId()).map(Condition::name).orElse(offer.conditionId());
        return new OfferLines(
                condition,
                consultation(a.consultationType()),
                MessageModel.date(offer.expiresAt(), zone) + ", "
                        + HH_MM.format(offer.expiresAt().atZone(zone)),
                a.prerequisites().stream().map(ScanWording::describe).toList(),
                link + "&leave=1");
    }

    private static String consultation(String code) {
        return Arrays.stream(ConsultationType.values())
                .filter(type -> type.name().equals(code))
                .findFirst()
                .map(type -> CATALOGUE.consultationType(type).name())
                .orElse(code);
    }
}
