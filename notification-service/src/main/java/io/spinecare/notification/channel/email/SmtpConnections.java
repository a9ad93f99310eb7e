package io.spinecare.notification.channel.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Kept-open SMTP connections, each used by one sending thread at a time. Opening one (TCP, greeting, EHLO,
 * perhaps STARTTLS and AUTH) cost more than the message it carried; now a connection carries many. A
 * connection that failed in any way is closed, never reused, so a failure cannot leak into the next
 * message. One left idle longer than {@link #PROBE_AFTER} is probed (NOOP) first: servers drop idle clients.
 */
@Component
class SmtpConnections implements DisposableBean {

    static final Duration PROBE_AFTER = Duration.ofSeconds(1);

    private final JavaMailSenderImpl settings;
    // Most recently used first: busy connections stay warm, the ones at the tail age and get probed.
    private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();

    SmtpConnections(JavaMailSenderImpl settings) {
        this.settings = settings;
    }

    /** Sends on a kept-open connection; throws what the transport threw, the connection then closed. */
    void send(MimeMessage message) throws MessagingException {
        Connection connection = borrow();
        try {
            connection.transport().sendMessage(message, message.getAllRecipients());
        } catch (MessagingException | RuntimeException e) {
            close(connection.transport());
            throw e;
        }
        idle.addFirst(new Connection(connection.transport(), System.nanoTime()));
    }

    private Connection borrow() throws MessagingException {
        for (Connection c = idle.pollFirst(); c != null; c = idle.pollFirst()) {
            boolean fresh = System.nanoTime() - c.lastUsedNanos() < PROBE_AFTER.toNanos();
            if (fresh || c.transport().isConnected()) {
                return c;
            }
            close(c.transport());
        }
        return new Connection(open(), System.nanoTime());
    }

    private Transport open() throws MessagingException {
        String protocol = settings.getProtocol() == null ? "smtp" : settings.getProtocol();
        Transport transport = settings.getSession().getTransport(protocol);
        transport.connect(
                settings.getHost(),
                settings.getPort(),
                StringUtils.hasLength(settings.getUsername()) ? settings.getUsername() : null,
                StringUtils.hasLength(settings.getPassword()) ? settings.getPassword() : null);
        return transport;
    }

    private static void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException | RuntimeException e) {
            // already gone; nothing to release
        }
    }

    @Override
    public void destroy() {
        for (Connection c = idle.pollFirst(); c != null; c = idle.pollFirst()) {
            close(c.transport());
        }
    }

    private record Connection(Transport transport, long lastUsedNanos) {}
}
