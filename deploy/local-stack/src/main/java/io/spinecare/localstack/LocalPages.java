package io.spinecare.localstack;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** What the local stack's small HTML pages (the mail inbox, the traces) do alike: a page, escaping, the answer. */
final class LocalPages {

    private LocalPages() {}

    /** A whole page titled "SpineCare local {@code site}: {@code title}", with the page's own table {@code padding}. */
    static String page(String site, String padding, String extraStyle, String title, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>SpineCare local " + site + ": "
                + escape(title) + "</title><style>body{font-family:sans-serif;margin:2rem}td,th{padding:" + padding
                + ";text-align:left}" + extraStyle + "</style></head><body><h1>" + escape(title) + "</h1>" + body
                + "</body></html>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    static void respond(HttpExchange exchange, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
