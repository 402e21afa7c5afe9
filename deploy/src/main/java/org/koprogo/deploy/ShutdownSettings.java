package org.koprogo.deploy;

import java.time.Duration;

/**
 * How the platform stops on SIGTERM (see {@link GracefulShutdown}).
 *
 * @param grace the most the stop waits for requests in flight, counted from the signal: 20 s by default, for a
 *              large upload or an export on a slow link to finish, and short enough that Payara's own stop (one or
 *              two seconds) still ends within the 30 s an orchestrator commonly allows before SIGKILL
 * @param delay how long the instance keeps accepting requests after it reported not ready, for a load balancer
 *              polling /health/ready to see it: 0 by default (nginx, whose failed connections are retried on
 *              another instance, needs none); set it to the balancer's health-check interval otherwise
 */
record ShutdownSettings(Duration grace, Duration delay) {

    static final String GRACE = "KOPROGO_SHUTDOWN_GRACE_SECONDS";
    static final String DELAY = "KOPROGO_SHUTDOWN_DELAY_SECONDS";

    private static final int HOUR = 3600;

    static ShutdownSettings fromEnvironment() {
        int grace = Settings.number(GRACE, 20, 0, HOUR, "a number of seconds");
        int delay = Settings.number(DELAY, 0, 0, HOUR, "a number of seconds");
        if (delay > grace) {
            throw new IllegalArgumentException(DELAY + " (" + delay + ") must not exceed " + GRACE + " (" + grace
                    + "): the grace bounds the whole stop");
        }
        return new ShutdownSettings(Duration.ofSeconds(grace), Duration.ofSeconds(delay));
    }
}
