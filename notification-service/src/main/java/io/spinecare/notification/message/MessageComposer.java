package io.spinecare.notification.message;

import io.spinecare.notification.system.NotificationProperties;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders e-mails (text + HTML + calendar) and SMS texts from the templates under {@code templates/}. */
@Component
public class MessageComposer {

    private final TemplateEngine templates = new TemplateEngine();
    private final NotificationProperties properties;
    private final ManageLinks manageLinks;
    private final Clock clock;
    private final SeriesMessages seriesMessages;

    MessageComposer(NotificationProperties properties, ManageLinks manageLinks, Clock clock) {
        this.properties = properties;
        this.manageLinks = manageLinks;
        this.clock = clock;
        templates.addTemplateResolver(resolver("*.html", TemplateMode.HTML, 1));
        templates.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT, 2));
        this.seriesMessages = new SeriesMessages(templates, properties, manageLinks, clock);
    }

    public EmailContent email(MessageRequest request) {
        if (request.series() != null) {
            return seriesMessages.email(request);
        }
        Context context = context(request);
        String name = request.kind().template();
        String subject =
                templates.process("mail/" + name + ".subject.txt", context).strip();
        String text = templates.process("mail/" + name + ".txt", context);
        String html = templates.process("mail/" + name + ".html", context);
        return new EmailContent(subject, text, html, calendar(request));
    }

    public String sms(MessageRequest request) {
        if (request.series() != null) {
            throw new IllegalArgumentException("series messages go by e-mail only");
        }
        return templates
                .process("sms/" + request.kind().template() + ".txt", context(request))
                .strip();
    }

    private Context context(MessageRequest request) {
        AppointmentSnapshot a = request.appointment();
        String link = a.offer() != null
                ? manageLinks.offerLinkFor(a.offer().offerId())
                : manageLinks.linkFor(a.appointmentId(), a.reference(), a.tokenGeneration());
        Map<String, Object> model = MessageModel.of(request, properties.clinicName(), link);
        model.put("deskUrl", properties.triage().deskUrl().toString());
        model.put("offer", OfferWording.of(a, link));
        return new Context(Locale.UK, model);
    }

    private EmailContent.CalendarPart calendar(MessageRequest request) {
        MessageKind.CalendarMethod method = request.kind().calendar();
        if (method == MessageKind.CalendarMethod.NONE) {
            return null;
        }
        AppointmentSnapshot a = request.appointment();
        // Calendars sync to third parties: the invitation names the page, never the token (ADR 0207).
        String page = manageLinks.pageFor(a.reference());
        boolean cancel = method == MessageKind.CalendarMethod.CANCEL;
        CalendarInvite invite = new CalendarInvite(
                method.name(),
                a.appointmentId() + "@spinecare.io",
                request.calendarSequence(),
                clock.instant(),
                a.start(),
                a.end(),
                ZoneId.of(a.timeZone()),
                cancel ? "CANCELLED" : a.outstanding().isEmpty() ? "CONFIRMED" : "TENTATIVE",
                "Spine consultation with " + a.specialistName(),
                a.video() ? "Video consultation" : a.location(),
                "Reference " + a.reference() + "\nManage your appointment with the link in your e-mail: " + page,
                cancel ? null : page,
                properties.mail().fromName(),
                properties.mail().from(),
                a.patientName(),
                request.recipient());
        return new EmailContent.CalendarPart(method.name(), invite.render());
    }

    private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setResolvablePatterns(java.util.Set.of(pattern));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setOrder(order);
        resolver.setCheckExistence(true);
        return resolver;
    }
}
