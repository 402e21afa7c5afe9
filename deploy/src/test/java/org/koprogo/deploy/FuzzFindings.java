package org.koprogo.deploy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * What the fuzz walk saw that it must not: collected over the whole walk and grouped by route, class of input
 * and kind of violation, each group with its count and its first example.
 */
final class FuzzFindings {

    /** Stack frames or exception lines: the body tells internals. */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "(?m)(^|\\\\[nt]|\\s)at (org|java|jakarta|javax|com|sun|fish|jdk)\\.[\\w$.]+\\(|^\\s*[\\w$.]+(Exception|Error)(: |$)"
                    + "|Caused by: |[\\w$]+\\.[\\w$.]+(Exception|Error): ");

    /** Bodies past the cap once decoded: never read, whatever else the route would say (413 or 415). */
    private static final Set<String> OVER_CAP = Set.of("body:over-cap", "encoding:gzip-over-cap",
            "encoding:gzip-bomb", "encoding:gzip-whitespace-bomb");

    /** A surrogate escaped alone, or what a lone one becomes once encoded as UTF-8 and decoded again. */
    private static final Pattern LONE_SURROGATE = Pattern.compile("\uFFFD|\\\\u[dD][89a-fA-F]");

    /** One group: every answer of one kind to one class of input on one route. */
    static final class Group {
        final String route;
        final String inputClass;
        final String violation;
        final FuzzRequest example;
        final String detail;
        final Set<String> principals = new TreeSet<>();
        final AtomicInteger count = new AtomicInteger();
        volatile String serverLog = "";

        Group(String route, String inputClass, String violation, FuzzRequest example, String detail) {
            this.route = route;
            this.inputClass = inputClass;
            this.violation = violation;
            this.example = example;
            this.detail = detail;
        }

        /** The deepest exception the server logged, else what a server error said; other kinds need none. */
        String cause() {
            int arrow = serverLog.lastIndexOf(" ← ");
            if (serverLog.isEmpty() || serverLog.equals(FuzzWalk.NOTHING_LOGGED)) {
                return isServerError() ? detail : "";
            }
            return arrow < 0 ? serverLog : serverLog.substring(arrow + 3);
        }

        boolean isServerError() {
            return violation.startsWith("5") || violation.startsWith("no answer");
        }
    }

    private final Map<String, Group> groups = new ConcurrentSkipListMap<>();
    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
    private final Map<String, Integer> answersByClass = new ConcurrentHashMap<>();

    /** What the listener holds of a request's head (Payara's header-buffer-length-bytes, 8 KiB by default). */
    private static final int REQUEST_HEAD_BYTES = 8192;

    /** Checks one answer: never 5xx, errors as problem+json, no internals. */
    void check(FuzzRequest request, HttpResponse<String> response) {
        int status = response.statusCode();
        statuses.merge(request.principal().name() + " " + status, 1, Integer::sum);
        answersByClass.merge(request.inputClass() + " " + status, 1, Integer::sum);
        String contentType = response.headers().firstValue("Content-Type").orElse("(none)");
        String body = response.body();
        if (refusedByTheContainer(request.path())) {
            if (status != 400 || !body.isEmpty() || response.headers().firstValue("Content-Type").isPresent()) {
                add(request, "not the container's empty 400 but " + status + " " + contentType, detail(body));
            }
            return;
        }
        if (status >= 500) {
            add(request, status + " " + contentType.split(";")[0], detail(body));
        }
        if (status >= 400 && status < 500 && !"HEAD".equals(request.method())) {
            checkProblem(request, status, contentType, body);
        }
        if (STACK_TRACE.matcher(body).find()) {
            add(request, "stack trace in a " + status + " body", detail(body));
        }
        if (status < 300 && OVER_CAP.contains(request.inputClass())) {
            add(request, "a body over the cap once decoded answered " + status, detail(body));
        }
        if (status < 300 && request.inputClass().equals("field:lone-surrogate") && LONE_SURROGATE.matcher(body).find()) {
            add(request, "a lone surrogate was accepted and echoed (" + status + ")", detail(body));
        }
    }

    private void checkProblem(FuzzRequest request, int status, String contentType, String body) {
        if (!"application/problem+json".equals(contentType.split(";")[0].trim())) {
            add(request, status + " not problem+json but " + contentType, detail(body));
            return;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonObject problem = reader.readObject();
            if (problem.getInt("status", -1) != status) {
                add(request, status + " problem with status " + problem.getInt("status", -1), detail(body));
            }
        } catch (RuntimeException e) {
            add(request, status + " problem+json that is not a problem object", detail(body));
        }
    }

    /**
     * Another organization's resource: its sensible read answers as if the resource did not exist (404), and
     * nothing sent to it, hostile or not, succeeds.
     */
    /** An answer /openapi does not give (see Contract); nothing when it does. */
    void disagreesWithTheDocument(FuzzRequest request, String violations) {
        if (!violations.isEmpty()) {
            add(request, "not as /openapi says", violations);
        }
    }

    void expectRefused(FuzzRequest request, HttpResponse<String> response) {
        int status = response.statusCode();
        boolean sensibleRead = request.inputClass().equals(FuzzPlan.CROSS_ORGANIZATION) && request.method().equals("GET");
        if (sensibleRead ? status != 404 : status < 300) {
            add(request, "another organization's resource answered " + status, detail(response.body()));
        }
    }

    /**
     * A request Payara refuses before any application code runs, with a 400 and no body, which no setting or hook
     * can make a problem: the one class the walk accepts without problem+json.
     * <ul>
     * <li>A request line longer than the listener's head buffer: Grizzly's HttpCodecFilter stops parsing and
     * HttpServerFilter.onHttpHeaderError answers, before Payara sees a request.</li>
     * <li>A path whose percent-decoding holds NUL, a backslash, bytes that are not UTF-8, or a ".." above the root:
     * Grizzly's HttpRequestURIDecoder.decode throws CharConversionException, and Payara's
     * org.apache.catalina.connector.CoyoteAdapter.postParseRequest answers {@code sendError(400, "Invalid URI")}
     * and returns false before the request is mapped to a context, so no filter, servlet, error page,
     * virtual-server {@code send-error_N} page or valve runs. (The listener's uri-encoding could make bytes that are
     * not UTF-8 decode as ISO-8859-1, but NUL and ".." would stay refused, and the container and JAX-RS would then
     * read the same path differently.)</li>
     * </ul>
     */
    static boolean refusedByTheContainer(String pathAndQuery) {
        if (pathAndQuery.length() > REQUEST_HEAD_BYTES) {
            return true;
        }
        int query = pathAndQuery.indexOf('?');
        String path = query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '%' && i + 2 < path.length()) {
                bytes.write(Integer.parseInt(path.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(path.charAt(i));
            }
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException notUtf8) {
            return true;
        }
        if (decoded.indexOf('\0') >= 0 || decoded.indexOf('\\') >= 0) {
            return true;
        }
        int depth = 0;
        for (String segment : decoded.split("/")) {
            if (segment.equals("..")) {
                depth--;
                if (depth < 0) {
                    return true;
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                depth++;
            }
        }
        return false;
    }

    void noAnswer(FuzzRequest request, Exception failure) {
        add(request, "no answer: " + failure.getClass().getSimpleName(), String.valueOf(failure.getMessage()));
    }

    private void add(FuzzRequest request, String violation, String detail) {
        String key = request.routeKey() + " | " + request.inputClass() + " | " + violation;
        Group group = groups.computeIfAbsent(key,
                k -> new Group(request.routeKey(), request.inputClass(), violation, request, detail));
        group.count.incrementAndGet();
        synchronized (group.principals) {
            group.principals.add(request.principal().name());
        }
    }

    /** The problem's detail (or title), else the body's first line. */
    private static String detail(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonObject problem = reader.readObject();
            return FuzzRequest.abbreviate(problem.getString("detail", problem.getString("title", body)), 200);
        } catch (RuntimeException e) {
            return FuzzRequest.abbreviate(body.lines().findFirst().orElse("(empty body)"), 200);
        }
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }

    List<Group> groups() {
        List<Group> sorted = new ArrayList<>(groups.values());
        sorted.sort(Comparator.comparing((Group group) -> !group.isServerError())
                .thenComparing(group -> group.violation).thenComparing(group -> group.inputClass)
                .thenComparing(group -> group.route));
        return sorted;
    }

    /** How many answers of each status each principal got. */
    Map<String, Integer> statuses() {
        return new TreeMap<>(statuses);
    }

    /** How many answers of each status each class of input got: where it is refused, where it passes. */
    Map<String, Integer> answersByClass() {
        return new TreeMap<>(answersByClass);
    }

    /**
     * The findings by kind: one line per violation, class of input and cause, with the routes it was seen on and
     * one example; cut at {@code limit} characters.
     */
    String summary(int limit) {
        Map<String, List<Group>> kinds = new LinkedHashMap<>();
        for (Group group : groups()) {
            kinds.computeIfAbsent(group.violation + " | input " + group.inputClass + " | " + group.cause(),
                    k -> new ArrayList<>()).add(group);
        }
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, List<Group>> kind : kinds.entrySet()) {
            List<Group> seen = kind.getValue();
            String routes = seen.stream().map(group -> group.route).limit(6).collect(Collectors.joining(", "));
            String paragraph = "- " + kind.getKey() + "\n    ×" + seen.stream().mapToInt(group -> group.count.get()).sum()
                    + " on " + seen.size() + " routes: " + routes + (seen.size() > 6 ? ", …" : "")
                    + "\n    e.g. " + seen.get(0).example.describe() + "\n";
            if (text.length() + paragraph.length() > limit) {
                text.append("… and more (").append(kinds.size()).append(" kinds in all)\n");
                break;
            }
            text.append(paragraph);
        }
        return text.toString();
    }

    /** The findings, one paragraph per group, cut at {@code limit} characters. */
    String report(int limit) {
        StringBuilder text = new StringBuilder();
        for (Group group : groups()) {
            String paragraph = "- " + group.route + " | input " + group.inputClass + " | " + group.violation
                    + " | ×" + group.count + " " + group.principals + "\n    detail: " + group.detail
                    + (group.serverLog.isEmpty() ? "" : "\n    server log: " + group.serverLog)
                    + "\n    e.g. " + group.example.describe() + "\n";
            if (text.length() + paragraph.length() > limit) {
                text.append("… and more groups (").append(groups.size()).append(" in all)\n");
                break;
            }
            text.append(paragraph);
        }
        return text.toString();
    }
}
