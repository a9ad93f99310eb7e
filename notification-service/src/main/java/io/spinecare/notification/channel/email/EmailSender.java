package io.spinecare.notification.channel.email;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.spinecare.notification.channel.DeliveryException;
import io.spinecare.notification.message.EmailContent;
import io.spinecare.notification.system.NotificationProperties;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/** Sends one rendered e-mail over SMTP and sorts the provider's answer into transient or permanent. */
@Component
public class EmailSender {

    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    private static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    static {
        // Jakarta Mail 2.1 looks its stream provider up through ServiceLoader for every MIME part it builds,
        // which scans the class path each time and dominated send time in the benchmark. Naming it here makes
        // the lookup a plain class load.
        if (System.getProperty(STREAM_PROVIDER) == null
                && ClassUtils.isPresent(ANGUS_STREAM_PROVIDER, EmailSender.class.getClassLoader())) {
            System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
        }
    }

    private final Session session;
    private final SmtpConnections connections;
    private final NotificationProperties.Mail mail;
    private final ObservationRegistry observations;

    EmailSender(
            JavaMailSenderImpl mailSender,
            SmtpConnections connections,
            NotificationProperties properties,
            ObjectProvider<ObservationRegistry> observations) {
        this.session = mailSender.getSession();
        this.connections = connections;
        this.mail = properties.mail();
        this.observations = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
    }

    public void send(String recipient, EmailContent content, String deliveryId) {
        MimeMessage message = build(recipient, content, deliveryId);
        try {
            // the SMTP hand-off as a span of the delivery's trace (ADR 0800), and a timer of its duration
            Observation.createNotStarted("spinecare.email.send", observations)
                    .contextualName("smtp send")
                    .observeChecked(() -> connections.send(message));
        } catch (AuthenticationFailedException e) {
            throw DeliveryException.transientFailure("SMTP authentication failed");
        } catch (MessagingException e) {
            throw SmtpFailures.classify(e);
        }
    }

    private MimeMessage build(String recipient, EmailContent content, String deliveryId) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(mail.from(), mail.fromName(), "UTF-8"));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(recipient, true));
            message.setSubject(content.subject(), "UTF-8");
            message.setHeader("X-SpineCare-Delivery", deliveryId);
            message.setHeader("Auto-Submitted", "auto-generated");
            message.setSentDate(new Date());
            MimeParts.fill(message, content);
            message.saveChanges();
            return message;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw DeliveryException.permanent(
                    "invalid address or message: " + e.getClass().getSimpleName());
        }
    }
}
