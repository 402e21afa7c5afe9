package org.koprogo.deploy.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * The shipped nginx configuration: accepted by `nginx -t`, then run for real in front of stand-in instances (the
 * JDK's HTTP server) to show what reaches an instance and which failures nginx retries elsewhere.
 */
class NginxConfigTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    Path prefix;

    /** An instance that answers 200, recording the method of every request it saw and the last one's headers. */
    private HttpServer answering;
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final Map<String, String> lastHeaders = new ConcurrentHashMap<>();
    /** An instance that reads each request and drops the connection without an answer, as one killed mid-request. */
    private ServerSocket dropping;
    private Thread dropper;

    @BeforeEach
    void nginxIsHere() {
        assumeTrue(Files.isExecutable(Nginx.BINARY),
                "Debian's nginx is not installed: scripts/install-test-tools installs it (as root)");
    }

    @AfterEach
    void stopInstances() throws Exception {
        if (answering != null) {
            answering.stop(0);
        }
        if (dropping != null) {
            dropping.close();
            dropper.join();
        }
    }

    @Test
    void nginxAcceptsTheShippedConfigurationWithTheShippedUpstream() throws Exception {
        String upstream = Repository.read(Repository.DEPLOY.resolve("nginx/koprogo-upstream.conf"));
        CommandResult test = Nginx.prepare(prefix, upstream).test();

        assertEquals(0, test.status(), test.output());
        assertTrue(test.output().contains("test is successful"), test.output());
    }

    @Test
    void anInstanceLearnsTheClientsAddressAndTheRequestsCorrelationId() throws Exception {
        startAnswering();
        try (Nginx nginx = Nginx.prepare(prefix, upstream("server 127.0.0.1:" + answering.getAddress().getPort() + ";"))
                .start()) {
            send(HttpRequest.newBuilder(URI.create(nginx.baseUrl() + "/api/v1/health"))
                    .header("X-Forwarded-For", "203.0.113.9").header("X-Request-Id", "client-chosen-id").build());
            // nginx appends the peer it saw; the platform believes only that right-most address from a trusted proxy
            assertEquals("203.0.113.9, 127.0.0.1", lastHeaders.get("x-forwarded-for"));
            assertEquals("client-chosen-id", lastHeaders.get("x-request-id"));

            send(HttpRequest.newBuilder(URI.create(nginx.baseUrl() + "/api/v1/health")).build());
            assertEquals("127.0.0.1", lastHeaders.get("x-forwarded-for"));
            assertTrue(lastHeaders.get("x-request-id").matches("[0-9a-f]{32}"),
                    "nginx makes one: " + lastHeaders.get("x-request-id"));
        }
        // nginx logs a request once it has answered it: read the log once nginx has stopped
        assertTrue(Files.readString(prefix.resolve("logs/koprogo-access.log"))
                .contains("request_id=" + lastHeaders.get("x-request-id")), "and logs it");
    }

    @Test
    void aReadIsRetriedOnAnotherInstanceButAWriteAnInstanceMayHaveDoneIsNot() throws Exception {
        startAnswering();
        startDropping();
        // the dropping instance first, the answering one only when it fails; max_fails=0 keeps nginx trying it
        String servers = "server 127.0.0.1:" + dropping.getLocalPort() + " max_fails=0;\n"
                + "server 127.0.0.1:" + answering.getAddress().getPort() + " backup;";
        try (Nginx nginx = Nginx.prepare(prefix, upstream(servers)).start()) {
            HttpResponse<String> read = send(HttpRequest.newBuilder(URI.create(nginx.baseUrl() + "/api/v1/buildings"))
                    .build());
            assertEquals(200, read.statusCode(), "the GET was answered by the other instance");
            assertEquals(List.of("GET"), seen);

            HttpResponse<String> write = send(HttpRequest.newBuilder(URI.create(nginx.baseUrl() + "/api/v1/buildings"))
                    .header("Idempotency-Key", "k-1").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
            assertEquals(502, write.statusCode(), "the client learns its POST may not have been done, and repeats it");
            assertEquals(List.of("GET"), seen, "nginx never sent the POST a second time");
        }
    }

    @Test
    void aBodyOverTheUploadBoundIsRefusedWithProblemJsonBeforeItIsRead() throws Exception {
        long uploadBound = 52_428_800L + 65_536;
        assertTrue(Repository.read(Nginx.CONFIG).contains("client_max_body_size " + uploadBound + ";"),
                "KOPROGO_MAX_UPLOAD_BYTES' default plus the form's 64 KiB");
        startAnswering();
        try (Nginx nginx = Nginx.prepare(prefix, upstream("server 127.0.0.1:" + answering.getAddress().getPort() + ";"))
                .start();
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), nginx.port())) {
            long overTheBound = uploadBound + 1;
            socket.getOutputStream().write(("POST /api/v1/documents HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: " + overTheBound
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            // the answer is read up to its Content-Length: nginx lingers a few seconds before it closes
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            Matcher length = Pattern.compile("(?i)Content-Length: (\\d+)").matcher(head);
            assertTrue(length.find(), head);
            String answer = head + new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.UTF_8);

            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("Content-Type: application/problem+json"), answer);
            assertTrue(answer.contains("\"status\":413"), answer);
            assertEquals(List.of(), seen, "no instance saw it");
        }
    }

    private static String upstream(String servers) {
        return "upstream koprogo {\n" + servers + "\nkeepalive 4;\n}\n";
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private void startAnswering() throws IOException {
        answering = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        answering.createContext("/", exchange -> {
            seen.add(exchange.getRequestMethod());
            lastHeaders.clear();
            exchange.getRequestHeaders().forEach((name, values) -> lastHeaders.put(name.toLowerCase(), values.get(0)));
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        answering.start();
    }

    private void startDropping() throws IOException {
        dropping = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
        dropper = new Thread(() -> {
            while (!dropping.isClosed()) {
                try (Socket connection = dropping.accept()) {
                    readHead(connection.getInputStream());
                    connection.setSoLinger(true, 0);
                } catch (IOException closed) {
                    // the test is over
                }
            }
        });
        dropper.start();
    }

    /** A request's or an answer's head, up to the blank line that ends it; what follows is left unread. */
    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }
}
