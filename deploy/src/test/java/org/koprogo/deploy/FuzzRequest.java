package org.koprogo.deploy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One hostile request: who sends it, to which route, what it carries, and the class of input it tries, by
 * which findings are grouped.
 */
record FuzzRequest(FuzzWorld.Principal principal, String routeKey, String inputClass, String method, String path,
                   Map<String, String> headers, byte[] body) {

    static FuzzRequest json(FuzzWorld.Principal principal, FuzzRoute route, String inputClass, String method,
                            String path, String json) {
        return new FuzzRequest(principal, route.key(), inputClass, method, path,
                json == null ? Map.of() : Map.of("Content-Type", "application/json"),
                json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    FuzzRequest withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new FuzzRequest(principal, routeKey, inputClass, method, path, more, body);
    }

    FuzzRequest withoutHeader(String name) {
        Map<String, String> fewer = new LinkedHashMap<>(headers);
        fewer.remove(name);
        return new FuzzRequest(principal, routeKey, inputClass, method, path, fewer, body);
    }

    /** The same request with another body, standing for another class of input. */
    FuzzRequest withBody(String inputClass, byte[] body) {
        return new FuzzRequest(principal, routeKey, inputClass, method, path, headers, body);
    }

    HttpRequest toHttp(URI base) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        if (principal.token() != null) {
            request.header("Authorization", "Bearer " + principal.token());
        }
        return request.build();
    }

    /** Short enough to read in a report. */
    String describe() {
        String text = body == null ? "" : new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8)
                .replaceAll("\\p{Cntrl}", "?");
        return principal.name() + " " + method + " " + abbreviate(path, 160) + " " + headers
                + (body == null ? "" : " body(" + body.length + " B)=" + text);
    }

    static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length) + "…(" + text.length() + " chars)";
    }
}
