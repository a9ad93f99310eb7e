package io.spinecare.notification.support;

import biweekly.Biweekly;
import biweekly.ICalendar;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** What GreenMail received for one address, taken apart into the parts a patient's client shows. */
public final class Inbox {

    private Inbox() {}

    public static List<ReceivedMail> of(String address) {
        return Arrays.stream(TestSmtp.server().getReceivedMessagesForDomain(address))
                .filter(m -> addressedTo(m, address))
                .map(Inbox::parse)
                .toList();
    }

    public static long count(String address) {
        return of(address).size();
    }

    public static long count(String address, String subjectPart) {
        return of(address).stream()
                .filter(m -> m.subject().contains(subjectPart))
                .count();
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ReceivedMail parse(MimeMessage message) {
        try {
            ReceivedMail mail = new ReceivedMail(
                    message.getSubject(),
                    message.getFrom()[0].toString(),
                    message.getHeader("X-SpineCare-Delivery", null));
            walk(message, mail);
            return mail;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void walk(Part part, ReceivedMail mail) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, mail);
            }
        } else if (part.isMimeType("text/plain")) {
            mail.text = read(part);
        } else if (part.isMimeType("text/html")) {
            mail.html = read(part);
        } else if (part.isMimeType("text/calendar")) {
            if (part.getFileName() != null) {
                mail.attachmentName = part.getFileName();
                mail.attachmentIcs = read(part);
                mail.attachments.add(new CalendarAttachment(part.getFileName(), part.getContentType(), read(part)));
            } else {
                mail.calendarContentType = part.getContentType();
                mail.calendar = read(part);
            }
        }
    }

    private static String read(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        try (InputStream in = (InputStream) content) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A calendar file attached to an e-mail, raw and as the library reads it back. */
    public record CalendarAttachment(String fileName, String contentType, String ics) {

        public ICalendar parsed() {
            return Biweekly.parse(ics).first();
        }
    }

    /** One received e-mail. The calendar object is given both raw and unfolded (RFC 5545 3.1). */
    public static final class ReceivedMail {
        private final String subject;
        private final String from;
        private final String deliveryId;
        String text;
        String html;
        String calendar;
        String calendarContentType;
        String attachmentName;
        String attachmentIcs;
        final List<CalendarAttachment> attachments = new java.util.ArrayList<>();

        ReceivedMail(String subject, String from, String deliveryId) {
            this.subject = subject;
            this.from = from;
            this.deliveryId = deliveryId;
        }

        public String subject() {
            return subject;
        }

        public String from() {
            return from;
        }

        public String deliveryId() {
            return deliveryId;
        }

        public String text() {
            return text;
        }

        public String html() {
            return html;
        }

        public String calendar() {
            return calendar;
        }

        public String calendarContentType() {
            return calendarContentType;
        }

        public String attachmentName() {
            return attachmentName;
        }

        public String attachmentIcs() {
            return attachmentIcs;
        }

        /** Every calendar file attached, in order (a series message has one per visit). */
        public List<CalendarAttachment> attachments() {
            return List.copyOf(attachments);
        }

        /** The calendar's content lines with folding undone. */
        public List<String> calendarLines() {
            return List.of(calendar.replace("\r\n ", "").split("\r\n"));
        }

        /** The calendar object as the library reads it back. */
        public ICalendar parsedCalendar() {
            return Biweekly.parse(calendar).first();
        }
    }
}
