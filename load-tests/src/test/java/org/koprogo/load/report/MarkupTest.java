package org.koprogo.load.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void escapesTextAndAttributes() {
        Markup out = new Markup();
        out.element("td", "<script>alert('x') & \"y\"</script>", "title", "a\"b<c>", "class", null);
        assertEquals("<td title=\"a&quot;b&lt;c&gt;\">&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;"
                + "&lt;/script&gt;</td>", out.toString());
    }

    @Test
    void writesSelfClosedShapes() {
        assertEquals("<rect x=\"1\" y=\"2\"/>", new Markup().empty("rect", "x", "1", "y", "2").toString());
    }
}
