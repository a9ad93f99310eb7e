package io.spinecare.gateway.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the small subset of Markdown that docs/problems.md uses (headings, paragraphs, one table, fenced code,
 * inline code and links) into a page in SpineCare's style. Everything is escaped; nothing else is interpreted.
 */
final class MarkdownPage {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)\\s]+)\\)");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private MarkdownPage() {}

    static String render(String title, String markdown) {
        StringBuilder body = new StringBuilder();
        List<String> paragraph = new ArrayList<>();
        boolean inCode = false;
        boolean inTable = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("```")) {
                flush(body, paragraph);
                body.append(inCode ? "</code></pre>\n" : "<pre><code>");
                inCode = !inCode;
            } else if (inCode) {
                body.append(escape(line)).append('\n');
            } else if (line.startsWith("|")) {
                flush(body, paragraph);
                if (!inTable) {
                    body.append("<table>\n");
                    inTable = true;
                }
                if (!line.matches("\\|[\\s|:-]+\\|")) {
                    body.append("<tr>");
                    String[] cells = line.substring(1, line.length() - 1).split("\\|");
                    for (String cell : cells) {
                        body.append("<td>").append(inline(cell.strip())).append("</td>");
                    }
                    body.append("</tr>\n");
                }
            } else {
                if (inTable) {
                    body.append("</table>\n");
                    inTable = false;
                }
                if (line.startsWith("## ")) {
                    flush(body, paragraph);
                    String slug = line.substring(3).strip();
                    body.append("<h2 id=\"")
                            .append(escape(slug))
                            .append("\">")
                            .append(escape(slug))
                            .append("</h2>\n");
                } else if (line.startsWith("# ")) {
                    flush(body, paragraph);
                    body.append("<h1>").append(inline(line.substring(2))).append("</h1>\n");
                } else if (line.isBlank()) {
                    flush(body, paragraph);
                } else {
                    paragraph.add(line.strip());
                }
            }
        }
        flush(body, paragraph);
        return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title)
                + "</title>\n<link rel=\"stylesheet\" href=\"/css/spinecare.css\">\n</head>\n<body>\n<main>\n" + body
                + "</main>\n</body>\n</html>\n";
    }

    private static void flush(StringBuilder body, List<String> paragraph) {
        if (!paragraph.isEmpty()) {
            body.append("<p>").append(inline(String.join(" ", paragraph))).append("</p>\n");
            paragraph.clear();
        }
    }

    private static String inline(String text) {
        String html = escape(text);
        html = CODE.matcher(html).replaceAll("<code>$1</code>");
        Matcher link = LINK.matcher(html);
        StringBuilder out = new StringBuilder();
        while (link.find()) {
            String href = link.group(2);
            boolean local = href.startsWith("#");
            link.appendReplacement(
                    out,
                    Matcher.quoteReplacement(
                            local ? "<a href=\"" + href + "\">" + link.group(1) + "</a>" : link.group(1)));
        }
        link.appendTail(out);
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
