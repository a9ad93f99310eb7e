package io.spinecare.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bytes no HTTP client library will send (raw non-ASCII in a header) travel through the whole stack: gateway, manage
 * lookup limit, booking-service. The answer is a 4xx problem, never a server error.
 */
class HostileBytesThroughTheGatewayTest {

    @ParameterizedTest(name = "X-Manage-Token bytes {0}")
    @ValueSource(strings = {"c3a9c3a9", "ff fe fd", "e282ac20", "f09f92a9", "c0af"})
    void aManageTokenOfRawNonAsciiBytesIsRefusedAsAClientError(String hex) throws Exception {
        URI gateway = URI.create(RunningStack.get().gatewayUrl());
        byte[] token = HexFormat.of().parseHex(hex.replace(" ", ""));

        String statusLineAndHeaders = send(gateway, "GET /api/appointments/SC-ABC234 HTTP/1.1\r\n", token);

        int status = Integer.parseInt(statusLineAndHeaders.substring(9, 12));
        assertThat(status).as(statusLineAndHeaders).isBetween(400, 499);
        assertThat(statusLineAndHeaders.toLowerCase()).contains("application/problem+json");
    }

    /** A NUL byte breaks the HTTP grammar itself: the gateway's codec refuses it before any SpineCare code runs. */
    @Test
    void aNulByteInAHeaderIsRefusedByTheHttpCodecAndTheConnectionClosed() throws Exception {
        URI gateway = URI.create(RunningStack.get().gatewayUrl());

        String statusLineAndHeaders =
                send(gateway, "GET /api/appointments/SC-ABC234 HTTP/1.1\r\n", new byte[] {'k', 0, '1'});

        assertThat(statusLineAndHeaders).startsWith("HTTP/1.1 400");
        assertThat(statusLineAndHeaders.toLowerCase()).contains("connection: close");
    }

    private static String send(URI gateway, String requestLine, byte[] token) throws IOException {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(requestLine.getBytes(StandardCharsets.US_ASCII));
            out.write(("Host: " + gateway.getHost() + "\r\nConnection: close\r\nX-Manage-Token: ")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(token);
            out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return headOf(socket.getInputStream());
        }
    }

    private static String headOf(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            if (head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                break;
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }
}
