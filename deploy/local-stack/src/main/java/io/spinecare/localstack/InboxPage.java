package io.spinecare.localstack;

import static io.spinecare.localstack.LocalPages.escape;
import static io.spinecare.localstack.LocalPages.respond;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;

/** A small web page listing the mail the local SMTP server received, newest first; {@code /message?n=} shows one. */
final class InboxPage implements AutoCloseable {

    private final HttpServer server;

    private InboxPage(HttpServer server) {
        this.server = server;
    }

    static InboxPage start(MailServer mail, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        server.createContext("/", exchange -> respond(exchange, inbox(mail.received())));
        server.createContext("/message", exchange -> respond(exchange, message(mail.received(), exchange)));
        server.start();
        return new InboxPage(server);
    }

    private static String inbox(List<MimeMessage> messages) {
        StringBuilder rows = new StringBuilder();
        for (int n = messages.size() - 1; n >= 0; n--) {
            MimeMessage message = messages.get(n);
            rows.append("<tr><td>")
                    .append(escape(recipients(message)))
                    .append("</td><td><a href=\"/message?n=")
                    .append(n)
                    .append("\">")
                    .append(escape(subject(message)))
                    .append("</a></td></tr>");
        }
        return page(
                "Inbox (" + messages.size() + ")", "<table><tr><th>To</th><th>Subject</th></tr>" + rows + "</table>");
    }

    private static String message(List<MimeMessage> messages, HttpExchange exchange) {
        String query = exchange.getRequestURI().getQuery();
        int n = query != null && query.matches("n=\\d+") ? Integer.parseInt(query.substring(2)) : -1;
        if (n < 0 || n >= messages.size()) {
            return page("No such message", "<p><a href=\"/\">Back to the inbox</a></p>");
        }
        MimeMessage message = messages.get(n);
        return page(
                subject(message),
                "<p><a href=\"/\">Back to the inbox</a></p><pre>" + escape(GreenMailUtil.getWholeMessage(message))
                        + "</pre>");
    }

    private static String recipients(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to == null
                    ? ""
                    : String.join(
                            ", ",
                            java.util.Arrays.stream(to).map(Address::toString).toList());
        } catch (MessagingException e) {
            return "?";
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            return "?";
        }
    }

    private static String page(String title, String body) {
        return LocalPages.page("mail", ".3rem .8rem", "pre{white-space:pre-wrap}", title, body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
