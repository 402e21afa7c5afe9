package org.koprogo.deploy;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import fish.payara.micro.PayaraMicro;
import sun.misc.Signal;

/**
 * SIGTERM, as an operator, systemd or an orchestrator stops the platform: the instance reports not ready at once
 * (core-api's StopReadiness reads {@link #STOPPING}), keeps serving for the configured delay, waits for the
 * requests in flight to be answered, bounded by the grace, then stops Payara, then (through the launcher's
 * shutdown hook) the embedded database, and exits 0. Without this, SIGTERM ran Payara's shutdown hook and the
 * database's at once, whatever was in flight. A request still running when the grace ends is cut: its
 * transaction never commits. SIGINT (Ctrl-C) keeps the JVM's immediate stop.
 */
final class GracefulShutdown {

    private static final Logger LOG = Logger.getLogger(GracefulShutdown.class.getName());

    /** Read by org.koprogo.core.health.boundary.StopReadiness: the time the instance was told to stop. */
    static final String STOPPING = "koprogo.stopping";

    private static final long POLL_MILLIS = 50;

    private final ShutdownSettings settings;
    private final IntSupplier inFlight;
    /** Set by the first SIGTERM; the listener reads it at every request (to close connections once stopping). */
    private final AtomicBoolean signalled;

    private GracefulShutdown(ShutdownSettings settings, IntSupplier inFlight, AtomicBoolean signalled) {
        this.settings = settings;
        this.inFlight = inFlight;
        this.signalled = signalled;
    }

    /**
     * Takes over SIGTERM once Payara serves (before, the JVM's own handling stops a platform still starting); the
     * platform refuses to go on without it rather than cut requests at every stop.
     */
    static void install(ShutdownSettings settings, String listenerName) {
        try {
            AtomicBoolean signalled = new AtomicBoolean();
            BooleanSupplier stopping = signalled::get;
            IntSupplier inFlight = (IntSupplier) new RuntimeClasses(Thread.currentThread().getContextClassLoader())
                    .loadClass("org.koprogo.deploy.listener.InFlightRequests")
                    .getMethod("install", String.class, BooleanSupplier.class).invoke(null, listenerName, stopping);
            GracefulShutdown shutdown = new GracefulShutdown(settings, inFlight, signalled);
            Signal.handle(new Signal("TERM"), signal -> shutdown.stop());
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(Level.SEVERE, "Cannot prepare the graceful stop", e);
            Launcher.refuse("the graceful stop could not be prepared: " + e);
        }
    }

    private void stop() {
        if (!signalled.compareAndSet(false, true)) {
            return; // a second SIGTERM while stopping: the first one's stop goes on
        }
        long start = System.nanoTime();
        System.setProperty(STOPPING, Instant.now().toString());
        LOG.info(() -> "SIGTERM: not ready from now on; stopping once the requests in flight ("
                + inFlight.getAsInt() + ") are answered, within " + settings.grace().toSeconds() + " s");
        try {
            Thread.sleep(settings.delay().toMillis());
            long deadline = start + settings.grace().toNanos();
            while (inFlight.getAsInt() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int cut = inFlight.getAsInt();
        long waited = (System.nanoTime() - start) / 1_000_000;
        if (cut > 0) {
            LOG.warning(() -> "Stopping Payara after " + waited + " ms (" + ShutdownSettings.GRACE
                    + "), cutting the requests still in flight: " + cut);
        } else {
            LOG.info(() -> "Stopping Payara after " + waited + " ms: every request was answered");
        }
        try {
            PayaraMicro.getInstance().shutdown();
        } catch (Exception | LinkageError e) {
            LOG.log(Level.SEVERE, "Payara did not stop cleanly", e);
        }
        System.exit(0);
    }
}
