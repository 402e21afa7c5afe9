package org.koprogo.deploy.listener;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.http.server.AfterServiceListener;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import org.glassfish.grizzly.http.server.HttpServerProbe;
import org.glassfish.grizzly.http.server.Request;

/**
 * Counts the requests the HTTP listener is serving, from their headers' arrival to their answer's end (the
 * count a graceful stop waits on, org.koprogo.deploy.GracefulShutdown). Once the instance is stopping, each
 * answer also closes its connection, so that no client or load balancer keeps one open to send its next request
 * to a listener about to close. Runs in Payara's runtime class loader, like {@link TrailingDotSegmentRepair}.
 */
public final class InFlightRequests extends HttpServerProbe.Adapter implements IntSupplier {

    private final AtomicInteger serving = new AtomicInteger();
    private final AfterServiceListener answered = request -> serving.decrementAndGet();
    private final BooleanSupplier stopping;

    private InFlightRequests(BooleanSupplier stopping) {
        this.stopping = stopping;
    }

    /** Called by the launcher once Payara has booted: the count of requests in flight on that listener. */
    public static IntSupplier install(String listenerName, BooleanSupplier stopping)
            throws ReflectiveOperationException {
        InFlightRequests requests = new InFlightRequests(stopping);
        ListenerRepair.httpServers(listenerName).forEach(server -> server.getMonitoringConfig().addProbes(requests));
        return requests;
    }

    @Override
    public void onRequestReceiveEvent(HttpServerFilter filter, Connection connection, Request request) {
        serving.incrementAndGet();
        request.addAfterServiceListener(answered);
        if (stopping.getAsBoolean()) {
            request.getRequest().getProcessingState().setKeepAlive(false);
        }
    }

    @Override
    public int getAsInt() {
        return serving.get();
    }
}
