package org.koprogo.auth.login.control;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koprogo.auth.login.control.AttemptCount.Verdict;

/**
 * Limits sign-in attempts per account and per client address in a window (see {@link LoginCounts}). An attempt
 * enters before its password is checked and is settled after; past the limit every attempt is refused until
 * the window closes, the right password included. A successful sign-in costs nothing, so a user who signs in
 * once per session is never throttled, and ten clients signing in as one account at the same moment wait for
 * each other's checks instead of being refused.
 */
@ApplicationScoped
public class LoginThrottle {

    static final String ACCOUNT = "account:";
    static final String ADDRESS = "address:";
    static final String REGISTRATION = "registration:";

    /** How long an attempt waits for others in flight: a few password checks, not a queue an attacker could fill. */
    static final Duration MOST_BUSY_WAIT = Duration.ofSeconds(5);
    private static final long BUSY_PAUSE_MILLIS = 20;

    @Inject
    LoginCounts counts;

    @Inject
    @ConfigProperty(name = "KOPROGO_LOGIN_MAX_FAILURES", defaultValue = "5")
    int maxPerAccount;

    @Inject
    @ConfigProperty(name = "KOPROGO_LOGIN_MAX_FAILURES_PER_ADDRESS", defaultValue = "50")
    int maxPerAddress;

    /**
     * An attempt of the account from the address enters. Empty when it may go on to the password check, which
     * must then be settled ({@link #failed}, {@link #succeeded}); else the seconds until it may try again.
     */
    public Optional<Long> attempt(String email, String address) {
        // the account's row is locked before the address's: no two attempts can wait on each other's rows
        String[] subjects = {account(email), ADDRESS + address};
        long deadline = System.nanoTime() + MOST_BUSY_WAIT.toNanos();
        while (true) {
            List<AttemptCount> entered = counts.enter(subjects);
            Optional<Long> blocked = entered.stream().filter(count -> verdict(count) == Verdict.BLOCKED)
                    .map(count -> Math.max(1L, count.secondsLeft())).max(Long::compare);
            boolean busy = entered.stream().anyMatch(count -> verdict(count) == Verdict.BUSY);
            if (blocked.isEmpty() && !busy) {
                return Optional.empty();
            }
            counts.leave(subjects);
            if (blocked.isPresent() || System.nanoTime() > deadline) {
                return Optional.of(blocked.orElse(1L));
            }
            pause();
        }
    }

    public void failed(String email, String address) {
        counts.failed(account(email), ADDRESS + address);
    }

    public void succeeded(String email, String address) {
        counts.succeeded(account(email), ADDRESS + address);
    }

    /**
     * Counts a registration from the address, as many allowed in a window as sign-in attempts from one address
     * but counted apart, and never given back: each one made an account. Empty when it may go on; else the
     * seconds until the address may register again.
     */
    public Optional<Long> registration(String address) {
        AttemptCount count = counts.use(REGISTRATION + address);
        return count.failures() > maxPerAddress ? Optional.of(Math.max(1L, count.secondsLeft())) : Optional.empty();
    }

    private Verdict verdict(AttemptCount count) {
        return count.verdict(count.subject().startsWith(ACCOUNT) ? maxPerAccount : maxPerAddress);
    }

    private static void pause() {
        try {
            Thread.sleep(BUSY_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for sign-ins in flight", e);
        }
    }

    /** An account is known by a hash of its normalized email: bounded length, whatever was typed. */
    static String account(String email) {
        return ACCOUNT + Sha256.hex(email);
    }
}
