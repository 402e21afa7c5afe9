package org.koprogo.deploy.listener;

import java.lang.reflect.Field;

import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import org.glassfish.grizzly.http.server.HttpServerProbe;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.util.DataChunk;
import org.glassfish.grizzly.http.util.RequestURIRef;

/**
 * Gives Grizzly the byte its URI normalizer lacks. A path ending in {@code /.} or {@code /..} (as sent, not
 * percent-encoded) is normalized by appending a {@code /} to the decoded copy, whose buffer Grizzly 4.0.2 sizes to
 * the longest path that request object has seen: when this path is the longest, the append overflows
 * ({@code ArrayIndexOutOfBoundsException} in {@code HttpRequestURIDecoder.normalizeBytes}) and Payara logs a
 * SEVERE stack trace and answers an empty 200, before the application sees the request. With the room given,
 * the path reaches core-api's DotSegments filter and gets its 400 problem like every other dot segment.
 * <p>
 * Runs in Payara's runtime class loader, as a probe of the listener's HTTP server filter, before the request is
 * handed to the container; {@link ListenerRepair} installs it.
 */
public final class TrailingDotSegmentRepair extends HttpServerProbe.Adapter {

    private final Field decodedBuffer;

    public TrailingDotSegmentRepair() throws NoSuchFieldException {
        decodedBuffer = RequestURIRef.class.getDeclaredField("preallocatedDecodedURIBuffer");
        decodedBuffer.setAccessible(true);
    }

    @Override
    public void onRequestReceiveEvent(HttpServerFilter filter, Connection connection, Request request) {
        RequestURIRef uri = request.getRequest().getRequestURIRef();
        DataChunk path = uri.getRequestURIBC();
        int length = path.getLength();
        if (!endsWithDotSegment(path, length)) {
            return;
        }
        try {
            byte[] buffer = (byte[]) decodedBuffer.get(uri);
            if (buffer == null || buffer.length <= length) {
                decodedBuffer.set(uri, new byte[length + 1]);
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Grizzly's decoded-URI buffer became unreachable", e);
        }
    }

    static boolean endsWithDotSegment(DataChunk path, int length) {
        return length >= 2 && path.startsWith("/.", length - 2) || length >= 3 && path.startsWith("/..", length - 3);
    }
}
