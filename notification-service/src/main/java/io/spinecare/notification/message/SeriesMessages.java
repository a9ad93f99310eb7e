package io.spinecare.notification.message;

import io.spinecare.notification.message.EmailContent.CalendarFile;
import io.spinecare.notification.message.SeriesSnapshot.Visit;
import io.spinecare.notification.system.NotificationProperties;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the follow-up series messages (ADR 0305): the text lists every visit, and each visit with a
 * slot gets its own calendar file. A proposed visit's entry has a series UID and is TENTATIVE; once
 * confirmed, the proposal is withdrawn (CANCEL) and the visit's appointment takes its place under the
 * appointment's own UID, which its later reschedule and cancellation messages update.
 */
final class SeriesMessages {

    private final TemplateEngine templates;
    private final NotificationProperties properties;
    private final ManageLinks links;
    private final Clock clock;

    SeriesMessages(TemplateEngine templates, NotificationProperties properties, ManageLinks links, Clock clock) {
        this.templates = templates;
        this.properties = properties;
        this.links = links;
        this.clock = clock;
    }

    EmailContent email(MessageRequest request) {
        SeriesSnapshot series = request.series();
        Map<String, Object> model = SeriesModel.of(
                series, properties.clinicName(), links.seriesLinkFor(series.seriesId(), series.tokenGeneration()));
        Context context = new Context(Locale.UK, model);
        String name = request.kind().template();
        return new EmailContent(
                templates.process("mail/" + name + ".subject.txt", context).strip(),
                templates.process("mail/" + name + ".txt", context),
                templates.process("mail/" + name + ".html", context),
                null,
                calendars(request));
    }

    private List<CalendarFile> calendars(MessageRequest request) {
        SeriesSnapshot series = request.series();
        List<CalendarFile> files = new ArrayList<>();
        int number = 0;
        for (Visit visit : series.visits()) {
            number++;
            if (!visit.planned()) {
                continue;
            }
            String file = "visit-" + number + "-" + visit.visitId();
            switch (request.kind()) {
                case SERIES_PLANNED -> files.add(proposal(series, visit, "REQUEST", 0, request, file));
                case SERIES_CONFIRMED -> {
                    files.add(proposal(series, visit, "CANCEL", revision(series), request, file + "-proposal"));
                    if (visit.appointmentId() != null) {
                        files.add(booked(series, visit, request, file));
                    }
                }
                case SERIES_CHANGED -> {
                    boolean cancelledProposal = "cancelled".equals(series.change()) && !series.confirmed();
                    boolean moved = visit.visitId().equals(series.changedVisitId()) && !series.confirmed();
                    if (cancelledProposal || moved) {
                        String method = cancelledProposal ? "CANCEL" : "REQUEST";
                        files.add(proposal(series, visit, method, revision(series), request, file));
                    }
                }
                default -> throw new IllegalArgumentException("not a series message: " + request.kind());
            }
        }
        return files;
    }

    /**
     * The series keeps no revision per visit, so a proposal's later versions take the event's time in whole
     * minutes: it only grows, which is all RFC 5545 asks of SEQUENCE (the first version is 0).
     */
    private static int revision(SeriesSnapshot series) {
        return (int) (series.eventTime().getEpochSecond() / 60);
    }

    private CalendarFile proposal(
            SeriesSnapshot series, Visit visit, String method, int sequence, MessageRequest request, String file) {
        String page = links.seriesPageFor(series.seriesId());
        boolean cancel = method.equals("CANCEL");
        String description = cancel
                ? "This proposed follow-up visit is withdrawn."
                : "Proposed follow-up visit. Confirm all visits or change this one with the link in your e-mail: "
                        + page;
        return file(
                method,
                SeriesSnapshot.proposalUid(series.seriesId(), visit),
                sequence,
                visit,
                cancel ? "CANCELLED" : "TENTATIVE",
                description,
                cancel ? null : page,
                series,
                request,
                file);
    }

    private CalendarFile booked(SeriesSnapshot series, Visit visit, MessageRequest request, String file) {
        String page = links.seriesPageFor(series.seriesId());
        String description = "Follow-up visit of your series. Change it with the link in your e-mail: " + page;
        return file(
                "REQUEST",
                visit.appointmentId() + "@spinecare.io",
                0,
                visit,
                "CONFIRMED",
                description,
                page,
                series,
                request,
                file);
    }

    private CalendarFile file(
            String method,
            String uid,
            int sequence,
            Visit visit,
            String status,
            String description,
            String url,
            SeriesSnapshot series,
            MessageRequest request,
            String file) {
        // Calendars sync to third parties: they name the series page, never the token (ADR 0207).
        CalendarInvite invite = new CalendarInvite(
                method,
                uid,
                sequence,
                clock.instant(),
                visit.start(),
                visit.end(),
                ZoneId.of(visit.timeZone()),
                status,
                visit.name() + (visit.specialistName() == null ? "" : " with " + visit.specialistName()),
                properties.clinicName(),
                description,
                url,
                properties.mail().fromName(),
                properties.mail().from(),
                series.patientName(),
                request.recipient());
        return new CalendarFile(file + ".ics", method, invite.render());
    }
}
