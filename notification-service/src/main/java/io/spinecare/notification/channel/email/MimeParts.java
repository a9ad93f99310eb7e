package io.spinecare.notification.channel.email;

import io.spinecare.notification.message.EmailContent;
import io.spinecare.notification.message.EmailContent.CalendarFile;
import io.spinecare.notification.message.EmailContent.CalendarPart;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;

/**
 * The MIME tree: {@code multipart/alternative} of text, HTML and (for invitations) {@code text/calendar;
 * method=…}, which is what calendar clients recognise, wrapped in {@code multipart/mixed} with the same
 * object as an {@code invite.ics} attachment for clients that only look at attachments.
 */
final class MimeParts {

    private MimeParts() {}

    static void fill(MimeMessage message, EmailContent content) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text(content.text(), "plain"));
        alternative.addBodyPart(text(content.html(), "html"));
        CalendarPart calendar = content.calendar();
        if (calendar == null && content.attachments().isEmpty()) {
            message.setContent(alternative);
            return;
        }
        if (calendar == null) {
            // a series: one calendar file per visit, each an attachment of its own
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body);
            for (CalendarFile file : content.attachments()) {
                mixed.addBodyPart(calendar(new CalendarPart(file.method(), file.ics()), file.fileName()));
            }
            message.setContent(mixed);
            return;
        }
        alternative.addBodyPart(calendar(calendar, null));
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        mixed.addBodyPart(calendar(calendar, "invite.ics"));
        message.setContent(mixed);
    }

    private static MimeBodyPart text(String text, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, "UTF-8", subtype);
        return part;
    }

    private static MimeBodyPart calendar(CalendarPart calendar, String fileName) throws MessagingException {
        String type = "text/calendar; charset=UTF-8; method=" + calendar.method();
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(
                new DataHandler(new ByteArrayDataSource(calendar.ics().getBytes(StandardCharsets.UTF_8), type)));
        part.setHeader("Content-Type", type);
        if (fileName != null) {
            part.setDisposition(Part.ATTACHMENT);
            part.setFileName(fileName);
        }
        return part;
    }
}
