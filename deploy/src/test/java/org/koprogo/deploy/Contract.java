package org.koprogo.deploy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

/**
 * Every exchange of the black-box tests checked against the platform's own {@code /openapi}, so the document
 * and the wire cannot drift apart: each answer must be one the document gives for its route and status, and
 * each request the platform accepted (2xx) one the document allows. Requests to paths or methods the document
 * does not list (operators' endpoints, deliberately odd paths and methods) are not checked, nor those the
 * container refuses before the platform sees them (see {@link FuzzFindings#refusedByTheContainer}). The
 * document is read once per platform, and again before a mismatch is reported, in case a new platform took an
 * old one's port.
 */
final class Contract {

    /** The document does not list this route: nothing to check it against. */
    private static final Set<String> UNLISTED = Set.of("validation.request.path.missing",
            "validation.request.operation.notAllowed");
    /**
     * A body sent where the route takes none is never read (JAX-RS has no parameter for it), which OpenAPI cannot
     * say; HostileInputIT checks that the platform answers such requests itself.
     */
    private static final String IGNORED_BODY = "validation.request.body.unexpected";
    private static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE", "PATCH");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

    private Contract() {
    }

    /** Fails with the route, the status and each violation when the exchange is not one the document allows. */
    static void check(HttpRequest request, HttpResponse<String> response) throws IOException, InterruptedException {
        String violations = violations(request, response, true);
        if (!violations.isEmpty()) {
            throw new AssertionError(violations);
        }
    }

    /**
     * What the document does not allow in the answer alone, naming route and status; empty when all is well. For
     * hostile requests the platform accepts although the document does not describe them (it reads "" as a null
     * id, as KoproGo's web client sends it): the answer must still be one the document gives.
     */
    static String answerViolations(HttpRequest request, HttpResponse<String> response)
            throws IOException, InterruptedException {
        return violations(request, response, false);
    }

    private static String violations(HttpRequest request, HttpResponse<String> response, boolean accepted)
            throws IOException, InterruptedException {
        String pathAndQuery = request.uri().getRawPath()
                + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery());
        if (!METHODS.contains(request.method()) || FuzzFindings.refusedByTheContainer(pathAndQuery)) {
            return "";
        }
        String platform = request.uri().getScheme() + "://" + request.uri().getAuthority();
        String violations = violations(validator(platform, false), request, response, accepted);
        if (!violations.isEmpty()) {
            violations = violations(validator(platform, true), request, response, accepted);
        }
        return violations.isEmpty() ? "" : "/openapi does not allow " + request.method() + " " + pathAndQuery
                + " answered " + response.statusCode() + ":\n" + violations
                + "\nbody: " + abbreviated(response.body());
    }

    /** @param accepted whether a request the platform accepted (2xx) must be one the document allows */
    private static String violations(OpenApiInteractionValidator validator, HttpRequest request,
                                     HttpResponse<String> response, boolean accepted) {
        Request sent = sent(request);
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode());
        if (!response.body().isEmpty()) {
            answer.withBody(response.body());
        }
        response.headers().map().forEach(answer::withHeader);
        ValidationReport report = accepted && response.statusCode() / 100 == 2
                ? validator.validate(sent, answer.build())
                : validator.validateResponse(sent.getPath(), sent.getMethod(), answer.build());
        if (report.getMessages().stream().anyMatch(message -> UNLISTED.contains(message.getKey()))) {
            return "";
        }
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR
                        && !message.getKey().equals(IGNORED_BODY))
                .map(message -> "- " + message.getKey() + ": " + message.getMessage())
                .collect(Collectors.joining("\n"));
    }

    private static Request sent(HttpRequest request) {
        // the path the platform serves: dot segments removed (RFC 3986), so buildings/. is the list, not an id
        SimpleRequest.Builder sent = new SimpleRequest.Builder(request.method(), request.uri().normalize().getPath());
        String query = request.uri().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                sent.withQueryParam(decoded(equals < 0 ? pair : pair.substring(0, equals)),
                        equals < 0 ? "" : decoded(pair.substring(equals + 1)));
            }
        }
        request.headers().map().forEach(sent::withHeader);
        byte[] body = body(request);
        if (body.length > 0) {
            sent.withBody(body);
        }
        return sent.build();
    }

    private static String decoded(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** The bytes a request's body publisher sends; the publishers of java.net.http can be read more than once. */
    private static byte[] body(HttpRequest request) {
        if (request.bodyPublisher().isEmpty() || request.bodyPublisher().get().contentLength() == 0) {
            return new byte[0];
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompletableFuture<byte[]> done = new CompletableFuture<>();
        request.bodyPublisher().get().subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.writeBytes(chunk);
            }

            @Override
            public void onError(Throwable throwable) {
                done.completeExceptionally(throwable);
            }

            @Override
            public void onComplete() {
                done.complete(bytes.toByteArray());
            }
        });
        try {
            return done.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read back the body of " + request, e);
        }
    }

    private static OpenApiInteractionValidator validator(String platform, boolean again)
            throws IOException, InterruptedException {
        if (again) {
            VALIDATORS.remove(platform);
        }
        OpenApiInteractionValidator known = VALIDATORS.get(platform);
        if (known != null) {
            return known;
        }
        HttpResponse<String> document = CLIENT.send(HttpRequest.newBuilder(URI.create(platform + "/openapi"))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (document.statusCode() != 200) {
            throw new AssertionError("GET " + platform + "/openapi answered " + document.statusCode() + ": "
                    + abbreviated(document.body()));
        }
        OpenApiInteractionValidator validator = OpenApiInteractionValidator
                .createForInlineApiSpecification(document.body()).build();
        VALIDATORS.put(platform, validator);
        return validator;
    }

    private static String abbreviated(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000) + "…";
    }
}
