package io.spinecare.notification.message;

import java.nio.charset.StandardCharsets;

/** Writes iCalendar content lines: CRLF endings, folded at 75 octets without splitting a character. */
final class IcsWriter {

    private static final int MAX_OCTETS = 75;
    private final StringBuilder out = new StringBuilder();

    void line(String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1; // the leading space of a continuation line counts
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }

    /** TEXT value escaping (RFC 5545 3.3.11). */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** A parameter value, quoted; DQUOTE cannot be escaped in parameters, so it is dropped. */
    static String param(String value) {
        return "\"" + (value == null ? "" : value.replace("\"", "").replaceAll("[\\r\\n]", " ")) + "\"";
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
