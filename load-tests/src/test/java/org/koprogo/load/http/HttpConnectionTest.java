package org.koprogo.load.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class HttpConnectionTest {

    @Test
    void reusesOneConnectionForContentLengthAndChunkedResponses() throws IOException {
        AtomicInteger served = new AtomicInteger();
        try (ScriptedServer server = new ScriptedServer(request -> served.incrementAndGet() % 2 == 1
                ? ScriptedServer.json(200, "{\"n\":1}")
                : "HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
             HttpConnection connection = new HttpConnection(server.url())) {

            Response first = connection.send("GET", "/api/v1/buildings?page=1", "token-1", null);
            assertEquals(200, first.status());
            assertEquals("{\"n\":1}", first.bodyText());

            Response second = connection.send("POST", "/api/v1/units", "token-1",
                    "{\"a\":\"é\"}".getBytes(StandardCharsets.UTF_8));
            assertEquals(201, second.status());
            assertEquals("hello", second.bodyText());

            assertEquals(1, server.connections());
            ScriptedServer.Request get = server.requests().get(0);
            assertEquals("GET", get.method());
            assertEquals("/api/v1/buildings?page=1", get.target());
            assertEquals("Bearer token-1", get.headers().get("authorization"));
            assertEquals(server.url().authority(), get.headers().get("host"));
            assertNull(get.headers().get("accept-encoding"));
            ScriptedServer.Request post = server.requests().get(1);
            assertEquals("{\"a\":\"é\"}", post.body());
            assertEquals("application/json", post.headers().get("content-type"));
        }
    }

    @Test
    void sendsAgainOnANewConnectionWhenTheServerDroppedTheIdleOne() throws IOException {
        AtomicInteger served = new AtomicInteger();
        // The second request finds its connection closed without an answer, as after a keep-alive timeout.
        try (ScriptedServer server = new ScriptedServer(request -> served.incrementAndGet() == 2 ? null
                : ScriptedServer.json(200, "ok"));
             HttpConnection connection = new HttpConnection(server.url())) {

            assertEquals(200, connection.send("GET", "/a", null, null).status());
            Response retried = connection.send("GET", "/b", null, null);

            assertEquals(200, retried.status());
            assertEquals(2, server.connections());
            assertEquals(3, server.requests().size());
        }
    }

    @Test
    void reconnectsAfterConnectionClose() throws IOException {
        try (ScriptedServer server = new ScriptedServer(request ->
                "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok");
             HttpConnection connection = new HttpConnection(server.url())) {

            assertFalse(connection.send("GET", "/a", null, null).keepAlive());
            assertEquals(200, connection.send("GET", "/b", null, null).status());
            assertEquals(2, server.connections());
        }
    }

    @Test
    void aFreshConnectionClosedWithoutAnswerIsATransportFailure() throws IOException {
        try (ScriptedServer server = new ScriptedServer(request -> null);
             HttpConnection connection = new HttpConnection(server.url())) {

            assertEquals(Response.TRANSPORT_FAILURE, connection.send("GET", "/", null, null).status());
            assertEquals(1, server.connections());
        }
    }

    @Test
    void nothingListeningIsATransportFailure() throws IOException {
        int port;
        try (ServerSocket unused = new ServerSocket(0)) {
            port = unused.getLocalPort();
        }
        try (HttpConnection connection = new HttpConnection(new BaseUrl("127.0.0.1", port))) {
            assertEquals(Response.TRANSPORT_FAILURE, connection.send("GET", "/", null, null).status());
        }
    }
}
