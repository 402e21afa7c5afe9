package org.koprogo.core.idempotency.boundary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.koprogo.core.idempotency.control.ClaimedKey;
import org.koprogo.core.idempotency.control.IdempotencyKeys;
import org.koprogo.core.idempotency.control.IdempotencyKeys.Claim;
import org.koprogo.core.json.boundary.JsonMapping;
import org.koprogo.core.problem.boundary.Problems;
import org.koprogo.core.tenancy.boundary.Caller;

/**
 * {@code Idempotency-Key} on every POST of every module (IETF httpapi draft): a retry with the same key and
 * body gets the first response without running again; the same key while the first request runs gets 409;
 * the same key with another body gets 422. Keys belong to the signed-in user; anonymous requests (sign-in)
 * ignore them. Responses below 500 are kept 24 hours; after a server error the key is free again, unless the
 * request's writes committed: then, as when its instance died before the answer was stored, 409 "answer lost".
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";

    @Inject
    IdempotencyKeys keys;

    @Inject
    Caller caller;


    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        ClaimedKey.release(); // a key some earlier request on this thread held and never gave back
        String header = request.getHeaderString(HEADER);
        if (header == null || !HttpMethod.POST.equals(request.getMethod())
                || request.getSecurityContext().getUserPrincipal() == null) {
            return;
        }
        String key = unquoted(header.strip());
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            request.abortWith(Problems.response(400, HEADER + " must be 1 to 255 printable ASCII characters",
                    request.getUriInfo().getRequestUri().getRawPath()));
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        Claim claim = keys.claim(caller.userId(), caller.organizationId().orElse(null), key,
                fingerprint(request, body));
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (claim instanceof Claim.Replay replay) {
            request.abortWith(replayed(replay));
        } else if (claim instanceof Claim.InFlight) {
            request.abortWith(Problems.response(409,
                    "A request with this " + HEADER + " is still being processed; retry later", path));
        } else if (claim instanceof Claim.AnswerLost) {
            request.abortWith(Problems.response(409, "A request with this " + HEADER + " was carried out, but its"
                    + " answer was lost; read the resource instead of sending it again", path));
        } else if (claim instanceof Claim.Mismatch) {
            request.abortWith(Problems.response(422, "This " + HEADER + " was used with another request", path));
        } else {
            ClaimedKey.hold(caller.userId(), key);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (request.getHeaderString(HEADER) == null) {
            return;
        }
        // taken back before the key's own bookkeeping below, which is not one of the request's writes
        Optional<ClaimedKey.Key> claimed = ClaimedKey.release();
        if (claimed.isEmpty()) {
            return;
        }
        if (response.getStatus() >= 500) {
            keys.release(caller.userId(), claimed.get().key());
            return;
        }
        Object entity = response.getEntity();
        keys.complete(caller.userId(), claimed.get().key(), response.getStatus(),
                response.getHeaderString(HttpHeaders.LOCATION),
                response.getMediaType() == null ? null : response.getMediaType().toString(),
                entity == null ? null : entity instanceof String text ? text
                        : JsonMapping.MAPPER.writeValueAsString(entity));
    }

    private static Response replayed(Claim.Replay replay) {
        Response.ResponseBuilder response = Response.status(replay.status());
        if (replay.body() != null) {
            response.entity(replay.body()).type(replay.type());
        }
        if (replay.location() != null) {
            response.header(HttpHeaders.LOCATION, replay.location());
        }
        return response.build();
    }

    /** The draft sends the key as a structured-field string, in quotes; older clients send it bare. */
    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    /** Method, target and body: "the same request" for the draft. */
    private static String fingerprint(ContainerRequestContext request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath() + "?"
                    + request.getUriInfo().getRequestUri().getRawQuery() + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
