package io.spinecare.notification.support;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One GreenMail SMTP server per JVM on a port fixed at first start, so a test can stop it ("SMTP down")
 * and start a fresh one on the same port while the application keeps its configuration.
 */
public final class TestSmtp {

    private static final Queue<String> accepted = new ConcurrentLinkedQueue<>();
    private static GreenMail server;
    private static int port;

    private TestSmtp() {}

    public static synchronized int port() {
        server();
        return port;
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            server = recording(new GreenMail(ServerSetupTest.SMTP.dynamicPort()));
            server.start();
            port = server.getSmtp().getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(TestSmtp::stop));
        }
        return server;
    }

    public static synchronized void stop() {
        if (server != null && server.isRunning()) {
            server.stop();
        }
    }

    /** Starts a new, empty server on the original port. */
    public static synchronized void restart() {
        stop();
        server = recording(new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)));
        server.start();
    }

    /**
     * The {@code X-SpineCare-Delivery} id of every message any server accepted since the JVM started, in
     * order; unlike a server's mailboxes it survives {@link #restart()}.
     */
    public static List<String> acceptedDeliveryIds() {
        return List.copyOf(accepted);
    }

    private static GreenMail recording(GreenMail greenMail) {
        var users = greenMail.getManagers().getUserManager();
        MessageDeliveryHandler store = users.getMessageDeliveryHandler();
        users.setMessageDeliveryHandler((message, address) -> {
            String[] id = message.getMessage().getHeader("X-SpineCare-Delivery");
            if (id != null) {
                accepted.add(id[0]);
            }
            return store.handle(message, address);
        });
        return greenMail;
    }
}
