package org.koprogo.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends the plan's requests over a few reused connections, checks every answer and counts what it sent.
 */
final class FuzzWalk implements AutoCloseable {

    /** An exception line of the server log, with its message. */
    private static final Pattern EXCEPTION_LINE = Pattern.compile(
            "(?m)^\\s*(Caused by: )?((?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error))(?::[ \\t]*(.*))?$");

    static final String NOTHING_LOGGED = "(nothing logged)";

    private final RunningPlatform platform;
    private final FuzzWorld world;
    private final URI base;
    private final FuzzFindings findings;
    private final ExecutorService threads;
    private final ExecutorService connections;
    private final HttpClient client;
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger resent = new AtomicInteger();
    private final AtomicInteger unsendable = new AtomicInteger();

    FuzzWalk(RunningPlatform platform, FuzzWorld world, FuzzFindings findings, int threadCount) {
        this.platform = platform;
        this.world = world;
        this.base = platform.uri("");
        this.findings = findings;
        this.threads = Executors.newFixedThreadPool(threadCount);
        this.connections = Executors.newFixedThreadPool(threadCount);
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(connections).build();
    }

    /** Sends every request on the walk's threads; the status of each answer (0 for none), in order. */
    List<Integer> send(List<FuzzRequest> requests) throws Exception {
        List<Future<Integer>> answers = new ArrayList<>();
        for (FuzzRequest request : requests) {
            answers.add(threads.submit(() -> sendOne(request)));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        return statuses;
    }

    /** One after the other: for requests each heavy enough that parallel ones would only measure the heap. */
    void sendInTurn(List<FuzzRequest> requests) {
        requests.forEach(this::sendOne);
    }

    private int sendOne(FuzzRequest request) {
        HttpRequest http;
        try {
            http = request.toHttp(base);
        } catch (IllegalArgumentException e) {
            unsendable.incrementAndGet();
            return 0;
        }
        try {
            HttpResponse<String> response = answer(http);
            findings.check(request, response);
            findings.disagreesWithTheDocument(request, Contract.answerViolations(http, response));
            if (world.reachesAcrossOrganizations(request)) {
                findings.expectRefused(request, response);
            }
            return response.statusCode();
        } catch (IOException e) {
            findings.noAnswer(request, e);
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /**
     * Sent a second time if the first found its kept-alive connection closed under it (the client's race with
     * the server's idle timeout, not an answer); a platform that drops the request again gives no answer.
     */
    private HttpResponse<String> answer(HttpRequest http) throws IOException, InterruptedException {
        sent.incrementAndGet();
        try {
            return client.send(http, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw e;
        } catch (IOException e) {
            resent.incrementAndGet();
            return client.send(http, HttpResponse.BodyHandlers.ofString());
        }
    }

    /**
     * Sends each server-error group's example once more, alone, and keeps the exception the server logged for
     * it: the findings then name the cause, not only the symptom.
     */
    void explain(List<FuzzFindings.Group> groups, int limit) throws IOException, InterruptedException {
        for (FuzzFindings.Group group : groups.stream().filter(FuzzFindings.Group::isServerError).limit(limit).toList()) {
            int before = platform.log().length();
            sendOne(group.example);
            String logged = NOTHING_LOGGED;
            for (int wait = 0; wait < 10 && logged.equals(NOTHING_LOGGED); wait++) {
                Thread.sleep(100);
                String log = platform.log();
                logged = exception(log.substring(Math.min(before, log.length())));
            }
            group.serverLog = logged;
        }
    }

    /** The first exception line and the deepest cause of a stretch of log. */
    static String exception(String log) {
        Matcher matcher = EXCEPTION_LINE.matcher(log);
        String first = null;
        String root = null;
        while (matcher.find()) {
            String line = matcher.group(2) + (matcher.group(3) == null ? "" : ": " + matcher.group(3).trim());
            if (first == null) {
                first = line;
            } else if (matcher.group(1) != null) {
                root = line;
            }
        }
        if (first == null) {
            return NOTHING_LOGGED;
        }
        return FuzzRequest.abbreviate(first, 220) + (root == null ? "" : " ← " + FuzzRequest.abbreviate(root, 220));
    }

    int sent() {
        return sent.get();
    }

    int resent() {
        return resent.get();
    }

    int unsendable() {
        return unsendable.get();
    }

    @Override
    public void close() {
        threads.shutdownNow();
        connections.shutdownNow();
    }
}
