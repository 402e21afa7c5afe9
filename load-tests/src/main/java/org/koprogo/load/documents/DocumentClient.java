package org.koprogo.load.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.koprogo.load.http.Json;
import org.koprogo.load.traffic.Account;
import org.koprogo.load.traffic.SetUpFailure;

/**
 * The document routes as a syndic uses them, over Java's HTTP client (HTTP/1.1, as the platform serves): request
 * bodies are streamed from their generator and download bodies hashed as they arrive, so that no transfer is
 * ever held whole in the client's memory. Safe for concurrent use.
 */
final class DocumentClient {

    private static final int BUFFER = 64 * 1024;
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private String token;

    DocumentClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    void signIn(Account account) throws SetUpFailure {
        JsonNode answer = json("POST", "/api/v1/auth/login", Map.of("email", account.email(),
                "password", account.password()), 200, "signing in as " + account.email());
        token = answer.path("token").asText();
    }

    /** A building of the signed-in syndic's organization to upload into. */
    String createBuilding(String name) throws SetUpFailure {
        return json("POST", "/api/v1/buildings", Map.of("name", name, "address", "Rue des Archives 1",
                "city", "Bruxelles", "postal_code", "1000", "country", "Belgique", "total_units", 0,
                "total_tantiemes", 1000, "construction_year", 2000), 201, "creating a building").path("id").asText();
    }

    /** A document whose id and content hash are known, for the downloads. */
    record Uploaded(Transfer transfer, String id, String sha256) {
    }

    Uploaded upload(String buildingId, long size, long seed) {
        MultipartUpload form = new MultipartUpload(buildingId, "Load test " + seed, "load-" + seed + ".pdf", size);
        MessageDigest sent = sha256();
        HttpRequest request = authorized("/api/v1/documents").header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                        () -> form.body(new DigestInputStream(new GeneratedFile(size, seed), sent))), form.length()))
                .build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            long nanos = System.nanoTime() - start;
            String hash = HexFormat.of().formatHex(sent.digest());
            JsonNode document = answer.statusCode() == 201 ? Json.MAPPER.readTree(answer.body()) : null;
            boolean intact = document != null && hash.equals(document.path("sha256").asText());
            // A refused upload stored nothing: its bytes do not count towards the throughput.
            return new Uploaded(new Transfer(answer.statusCode(), document == null ? 0 : size, nanos, intact),
                    document == null ? null : document.path("id").asText(), hash);
        } catch (IOException failed) {
            return new Uploaded(new Transfer(0, 0, System.nanoTime() - start, false), null, null);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** Reads the whole file through a 64 KiB buffer and compares its hash with the one uploaded. */
    Transfer download(Uploaded document) {
        HttpRequest request = authorized("/api/v1/documents/" + document.id() + "/download").GET().build();
        long start = System.nanoTime();
        try {
            HttpResponse<InputStream> answer = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            MessageDigest received = sha256();
            long bytes = 0;
            try (InputStream body = answer.body()) {
                byte[] buffer = new byte[BUFFER];
                for (int read; (read = body.read(buffer)) >= 0; ) {
                    received.update(buffer, 0, read);
                    bytes += read;
                }
            }
            long nanos = System.nanoTime() - start;
            return new Transfer(answer.statusCode(), bytes, nanos,
                    HexFormat.of().formatHex(received.digest()).equals(document.sha256()));
        } catch (IOException failed) {
            return new Transfer(0, 0, System.nanoTime() - start, false);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** Frees the content, so that rounds do not fill the organization's storage quota. */
    int delete(String documentId) {
        try {
            return http.send(authorized("/api/v1/documents/" + documentId).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException failed) {
            return 0;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private JsonNode json(String method, String path, Map<String, ?> body, int expected, String what)
            throws SetUpFailure {
        HttpRequest.Builder request = token == null ? plain(path) : authorized(path);
        try {
            HttpResponse<String> answer = http.send(request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(Json.write(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != expected) {
                throw new SetUpFailure(what + " answered " + answer.statusCode() + " " + answer.body());
            }
            return Json.MAPPER.readTree(answer.body());
        } catch (IOException failed) {
            throw new UncheckedIOException(what + " failed", failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private HttpRequest.Builder authorized(String path) {
        return plain(path).header("Authorization", "Bearer " + token);
    }

    private HttpRequest.Builder plain(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException absent) {
            throw new IllegalStateException("every Java has SHA-256", absent);
        }
    }
}
