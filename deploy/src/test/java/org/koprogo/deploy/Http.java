package org.koprogo.deploy;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/** Plain HTTP calls as any REST client makes them. */
final class Http {

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    static HttpResponse<String> send(String method, URI uri, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    static HttpResponse<String> postJson(URI uri, String body) throws IOException, InterruptedException {
        return send("POST", uri, "application/json", body);
    }

    /** Sends the request; the exchange must be one the platform's /openapi allows (see {@link Contract}). */
    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return send(request, Duration.ofSeconds(30));
    }

    /** The same, failing with HttpTimeoutException unless the answer comes within {@code timeout}. */
    static HttpResponse<String> send(HttpRequest.Builder request, Duration timeout)
            throws IOException, InterruptedException {
        HttpRequest built = request.timeout(timeout).build();
        HttpResponse<String> response = CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
        Contract.check(built, response);
        return response;
    }

    static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    static JsonArray jsonArray(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }
}
