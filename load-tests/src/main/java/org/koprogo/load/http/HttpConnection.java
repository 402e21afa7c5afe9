package org.koprogo.load.http;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.util.Arrays;

/**
 * One HTTP/1.1 keep-alive connection over a blocking socket, used by one thread. The request is encoded into a
 * reused buffer and written at once; the response lands in the connection's one {@link Response}. A failure to
 * connect, write or read yields status 0 ({@link Response#TRANSPORT_FAILURE}) and the next request reconnects.
 */
public final class HttpConnection implements Closeable {

    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int READ_TIMEOUT_MILLIS = 30_000;

    private final BaseUrl server;
    private final Response response = new Response();
    private byte[] request = new byte[4096];
    private int requestLength;
    private Socket socket;
    private OutputStream out;
    private ResponseReader reader;

    public HttpConnection(BaseUrl server) {
        this.server = server;
    }

    /**
     * Sends a request and reads its response. {@code bearer} (the access token) and {@code jsonBody} may be
     * null. The returned response is this connection's, overwritten by the next call.
     */
    public Response send(String method, String target, String bearer, byte[] jsonBody) {
        return send(method, target, bearer, null, jsonBody);
    }

    /** The same with an {@code Idempotency-Key} header when {@code idempotencyKey} is not null. */
    public Response send(String method, String target, String bearer, String idempotencyKey, byte[] jsonBody) {
        encode(method, target, bearer, idempotencyKey, jsonBody);
        try {
            boolean reusing = socket != null;
            if (!reusing) {
                connect();
            }
            try {
                exchange();
            } catch (ResponseReader.ClosedBeforeResponse | SocketException stale) {
                if (!reusing) {
                    throw stale;
                }
                // The server had dropped this idle keep-alive connection (closed or reset it without an answer):
                // like common HTTP clients, take it that the request was not processed and send it once more.
                close();
                connect();
                exchange();
            }
            if (!response.keepAlive()) {
                close();
            }
        } catch (IOException failure) {
            close();
            response.failed();
        }
        return response;
    }

    /** The response of the last request (the one {@link #send} returned). */
    public Response response() {
        return response;
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing a broken socket may fail; it is gone either way.
            }
            socket = null;
        }
    }

    private void connect() throws IOException {
        Socket fresh = new Socket();
        try {
            fresh.setTcpNoDelay(true);
            fresh.setSoTimeout(READ_TIMEOUT_MILLIS);
            fresh.connect(new InetSocketAddress(server.host(), server.port()), CONNECT_TIMEOUT_MILLIS);
            out = fresh.getOutputStream();
            reader = new ResponseReader(fresh.getInputStream());
            socket = fresh;
        } catch (IOException e) {
            fresh.close();
            throw e;
        }
    }

    private void exchange() throws IOException {
        out.write(request, 0, requestLength);
        reader.read(response);
    }

    private void encode(String method, String target, String bearer, String idempotencyKey, byte[] jsonBody) {
        requestLength = 0;
        ascii(method).ascii(" ").ascii(target).ascii(" HTTP/1.1\r\nHost: ").ascii(server.authority()).ascii("\r\n");
        if (bearer != null) {
            ascii("Authorization: Bearer ").ascii(bearer).ascii("\r\n");
        }
        if (idempotencyKey != null) {
            ascii("Idempotency-Key: ").ascii(idempotencyKey).ascii("\r\n");
        }
        if (jsonBody != null) {
            ascii("Content-Type: application/json\r\nContent-Length: ").ascii(Integer.toString(jsonBody.length))
                    .ascii("\r\n\r\n");
            ensureRoom(jsonBody.length);
            System.arraycopy(jsonBody, 0, request, requestLength, jsonBody.length);
            requestLength += jsonBody.length;
        } else {
            ascii("\r\n");
        }
    }

    /** Appends request-line and header text, which is ASCII (paths, tokens, numbers). */
    private HttpConnection ascii(String text) {
        int length = text.length();
        ensureRoom(length);
        for (int i = 0; i < length; i++) {
            request[requestLength++] = (byte) text.charAt(i);
        }
        return this;
    }

    private void ensureRoom(int more) {
        if (requestLength + more > request.length) {
            request = Arrays.copyOf(request, Math.max(requestLength + more, request.length * 2));
        }
    }
}
