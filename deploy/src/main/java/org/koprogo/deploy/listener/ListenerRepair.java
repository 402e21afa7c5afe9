package org.koprogo.deploy.listener;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;

import org.glassfish.grizzly.Processor;
import org.glassfish.grizzly.Transport;
import org.glassfish.grizzly.filterchain.Filter;
import org.glassfish.grizzly.filterchain.FilterChain;
import org.glassfish.grizzly.http.server.HttpServerFilter;

/**
 * Adds {@link TrailingDotSegmentRepair} and {@link MalformedEscapeRepair} to the HTTP listener Payara Micro has
 * started. Payara offers no setting for a listener's probes, so its services are reached the way its own admin
 * commands do, through HK2: the GrizzlyService, the listener's proxy by the listener's name, and the transport's
 * filter chain. The names are looked up by reflection because they belong to Payara's kernel, which this module
 * does not compile against.
 */
public final class ListenerRepair {

    private ListenerRepair() {
    }

    /** Called by the launcher once Payara has booted; fails loudly rather than serve unrepaired. */
    public static void install(String listenerName) throws ReflectiveOperationException {
        // escapes first: the dot-segment repair sizes a buffer to the path as it will be decoded
        MalformedEscapeRepair escapes = new MalformedEscapeRepair();
        TrailingDotSegmentRepair dotSegments = new TrailingDotSegmentRepair();
        httpServers(listenerName).forEach(server -> server.getMonitoringConfig().addProbes(escapes, dotSegments));
    }

    /** The HTTP server filters of the started listener of that name (at least one). */
    static List<HttpServerFilter> httpServers(String listenerName) throws ReflectiveOperationException {
        ClassLoader runtime = ListenerRepair.class.getClassLoader();
        Class<?> locatorType = runtime.loadClass("org.glassfish.hk2.api.ServiceLocator");
        Object locator = runtime.loadClass("org.glassfish.internal.api.Globals").getMethod("getDefaultHabitat")
                .invoke(null);
        Class<?> grizzlyType = runtime.loadClass("com.sun.enterprise.v3.services.impl.GrizzlyService");
        Class<?> listenerType = runtime.loadClass("org.glassfish.grizzly.config.dom.NetworkListener");
        Object grizzly = locatorType.getMethod("getService", Class.class, Annotation[].class)
                .invoke(locator, grizzlyType, new Annotation[0]);
        Object listener = locatorType.getMethod("getService", Class.class, String.class, Annotation[].class)
                .invoke(locator, listenerType, listenerName, new Annotation[0]);
        Object proxy = grizzlyType.getMethod("lookupNetworkProxy", listenerType).invoke(grizzly, listener);
        if (proxy == null) {
            throw new IllegalStateException("Payara has no started listener named " + listenerName);
        }
        Object grizzlyListener = proxy.getClass().getMethod("getUnderlyingListener").invoke(proxy);
        Transport transport = (Transport) grizzlyListener.getClass().getMethod("getTransport").invoke(grizzlyListener);
        List<HttpServerFilter> servers = httpServerFilters(transport.getProcessor());
        if (servers.isEmpty()) {
            throw new IllegalStateException("listener " + listenerName + " has no HTTP server filter");
        }
        return servers;
    }

    private static List<HttpServerFilter> httpServerFilters(Processor<?> processor) {
        List<HttpServerFilter> found = new ArrayList<>();
        if (processor instanceof FilterChain chain) {
            for (Filter filter : chain) {
                if (filter instanceof HttpServerFilter server) {
                    found.add(server);
                }
            }
        }
        return found;
    }
}
