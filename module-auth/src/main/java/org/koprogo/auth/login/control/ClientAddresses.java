package org.koprogo.auth.login.control;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koprogo.core.lifecycle.boundary.DatabaseMigrated;
import org.koprogo.core.lifecycle.boundary.StartupRefusedException;
import org.koprogo.core.privacy.boundary.ClientOrigin;

/**
 * The address a request comes from, as the throttle counts a sign-in and the GDPR audit trail records a request:
 * behind {@value #TRUSTED_PROXIES}, the client's.
 */
@ApplicationScoped
public class ClientAddresses implements ClientOrigin {

    static final String TRUSTED_PROXIES = "KOPROGO_TRUSTED_PROXIES";

    @Inject
    @ConfigProperty(name = TRUSTED_PROXIES)
    Optional<String> configured;

    private TrustedProxies proxies;

    /** Read at start-up, so that a wrong list stops the platform rather than the first sign-in. */
    void parse(@Observes DatabaseMigrated event) {
        try {
            proxies = TrustedProxies.parse(configured.orElse(""));
        } catch (IllegalArgumentException e) {
            throw new StartupRefusedException(TRUSTED_PROXIES + ": " + e.getMessage());
        }
    }

    /** @param forwardedFor the request's {@code X-Forwarded-For} headers, in the order received */
    public String of(String peer, List<String> forwardedFor) {
        return proxies.clientAddress(peer, forwardedFor);
    }

    @Override
    public String address(String peer, List<String> forwardedFor) {
        return of(peer, forwardedFor);
    }
}
