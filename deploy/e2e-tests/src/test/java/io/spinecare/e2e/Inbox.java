package io.spinecare.e2e;

import static org.awaitility.Awaitility.await;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** The local stack's mail server, read the way a patient's mailbox would be: by recipient and subject. */
final class Inbox {

    /** {@code content}: the raw body as sent; {@code text}: the decoded plain-text part, as a mail client shows it. */
    record Mail(String subject, String content, String text) {}

    private final RunningStack stack;

    Inbox(RunningStack stack) {
        this.stack = stack;
    }

    /** Waits until exactly one message to the recipient has a subject containing every given phrase. */
    Mail awaitOne(String recipient, String... subjectPhrases) {
        return await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> matching(recipient, subjectPhrases), found -> found.size() == 1)
                .get(0);
    }

    List<Mail> matching(String recipient, String... subjectPhrases) throws Exception {
        return stack.receivedMail().stream()
                .filter(message -> addressedTo(message, recipient))
                .map(Inbox::read)
                .filter(mail -> Arrays.stream(subjectPhrases).allMatch(mail.subject()::contains))
                .toList();
    }

    private static boolean addressedTo(MimeMessage message, String recipient) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static Mail read(MimeMessage message) {
        try {
            return new Mail(
                    message.getSubject(),
                    com.icegreen.greenmail.util.GreenMailUtil.getBody(message),
                    plainText(message));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first text/plain part, decoded (quoted-printable soft breaks would split a long link). */
    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                String text = plainText(parts.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
