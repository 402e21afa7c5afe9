package org.koprogo.deploy.listener;

import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import org.glassfish.grizzly.http.server.HttpServerProbe;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.util.DataChunk;
import org.glassfish.grizzly.http.util.RequestURIRef;

/**
 * Lets a path with a {@code %} that is not followed by two hexadecimal digits ({@code /%zz}, {@code /a%4},
 * {@code /%}) reach the application as the literal characters it is. Grizzly 4.0.2's URI decoder throws an
 * unchecked {@code IllegalArgumentException} on such a path, which Payara logs as a SEVERE stack trace before
 * answering an empty 200; escaped as {@code %25}, the stray {@code %} decodes to itself and the request gets the
 * application's answer for that path (a 404 or 400 problem). {@link ListenerRepair} installs it.
 */
public final class MalformedEscapeRepair extends HttpServerProbe.Adapter {

    @Override
    public void onRequestReceiveEvent(HttpServerFilter filter, Connection connection, Request request) {
        RequestURIRef uri = request.getRequest().getRequestURIRef();
        DataChunk path = uri.getRequestURIBC();
        if (path.indexOf('%', 0) >= 0) {
            String raw = path.toString();
            String repaired = escapeStrayPercents(raw);
            if (!repaired.equals(raw)) {
                uri.setURI(repaired);
            }
        }
    }

    /** Every {@code %} that does not start a {@code %XX} escape becomes {@code %25}; valid escapes stay. */
    static String escapeStrayPercents(String path) {
        StringBuilder repaired = null;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '%' && !(i + 2 < path.length() && isHex(path.charAt(i + 1))
                    && isHex(path.charAt(i + 2)))) {
                if (repaired == null) {
                    repaired = new StringBuilder(path.length() + 8).append(path, 0, i);
                }
                repaired.append("%25");
            } else if (repaired != null) {
                repaired.append(path.charAt(i));
            }
        }
        return repaired == null ? path : repaired.toString();
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
