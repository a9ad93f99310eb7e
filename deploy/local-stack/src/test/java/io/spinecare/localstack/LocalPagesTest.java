package io.spinecare.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalPagesTest {

    @Test
    void aPageEscapesItsTitleInTheHeadAndTheHeadingButNotItsBody() {
        String html = LocalPages.page("mail", ".3rem .8rem", "pre{white-space:pre-wrap}", "<Ada & \"Bo\">", "<p>x</p>");

        assertThat(html)
                .isEqualTo("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>SpineCare local mail:"
                        + " &lt;Ada &amp; &quot;Bo&quot;&gt;</title><style>body{font-family:sans-serif;margin:2rem}"
                        + "td,th{padding:.3rem .8rem;text-align:left}pre{white-space:pre-wrap}</style></head><body>"
                        + "<h1>&lt;Ada &amp; &quot;Bo&quot;&gt;</h1><p>x</p></body></html>");
    }
}
