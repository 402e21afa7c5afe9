package org.koprogo.load.report;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every page must satisfy: nothing fetched from anywhere, no script. */
final class HtmlAssertions {

    private static final Pattern REFERENCE = Pattern.compile("\\b(src|href)\\s*=|@import|url\\(",
            Pattern.CASE_INSENSITIVE);

    private HtmlAssertions() {
    }

    static void assertSelfContained(String html) {
        Matcher reference = REFERENCE.matcher(html);
        assertFalse(reference.find(), () -> "a reference to a resource: "
                + html.substring(Math.max(0, reference.start() - 40), Math.min(html.length(), reference.end() + 60)));
        assertFalse(html.toLowerCase().contains("<script"), "no script");
        assertFalse(html.toLowerCase().contains("<link"), "no linked style sheet");
    }

    static int count(String html, String fragment) {
        int count = 0;
        for (int at = html.indexOf(fragment); at >= 0; at = html.indexOf(fragment, at + 1)) {
            count++;
        }
        return count;
    }
}
