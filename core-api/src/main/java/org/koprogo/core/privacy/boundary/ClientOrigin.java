package org.koprogo.core.privacy.boundary;

import java.util.List;

/**
 * Where a request comes from, as the audit trail of a person's data records it: the peer's address, or, from a
 * proxy the platform trusts, the client's that it forwarded. Implemented by module-auth, which trusts the proxies
 * {@code KOPROGO_TRUSTED_PROXIES} names for its sign-in throttling, so that both agree on who asked.
 */
public interface ClientOrigin {

    /** @param forwardedFor the request's {@code X-Forwarded-For} headers, in the order received */
    String address(String peer, List<String> forwardedFor);
}
