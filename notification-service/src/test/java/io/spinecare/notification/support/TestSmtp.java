package io.spinecare.notification.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * One GreenMail SMTP server per JVM on a port fixed at first start, so a test can stop it ("SMTP down")
 * and start a fresh one on the same port while the application keeps its configuration.
 */
public final class TestSmtp {

    private static GreenMail server;
    private static int port;

    private TestSmtp() {}

    public static synchronized int port() {
        server();
        return port;
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
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
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }
}
