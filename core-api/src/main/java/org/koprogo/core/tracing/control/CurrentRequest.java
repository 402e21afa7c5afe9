package org.koprogo.core.tracing.control;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * The id of the request the current thread serves, for the answer's problem documents and for every log line
 * written meanwhile. A request runs on one thread from the first filter to the last byte written, streamed
 * bodies included; work the request hands to other threads logs without it.
 */
public final class CurrentRequest {

    private static final ThreadLocal<String> ID = new ThreadLocal<>();

    private CurrentRequest() {
    }

    /** @return the request's id, null outside a request */
    public static String id() {
        return ID.get();
    }

    /** Serves the rest of the request under this id; {@link #restore} gives back the one it replaces. */
    public static String enter(String id) {
        String outer = ID.get();
        ID.set(id);
        return outer;
    }

    public static void restore(String outer) {
        if (outer == null) {
            ID.remove();
        } else {
            ID.set(outer);
        }
    }

    /**
     * Tells the process's log formatters where to read the id. They are the launcher's (org.koprogo.deploy.logging),
     * loaded apart from the application, which therefore cannot name them: a formatter that wants the id is a
     * {@code Consumer<Supplier<String>>}, a contract of JDK types only.
     */
    @SuppressWarnings("unchecked")
    public static void offerToLog() {
        Arrays.stream(Logger.getLogger("").getHandlers())
                .map(Handler::getFormatter)
                .filter(Consumer.class::isInstance)
                .forEach(formatter -> ((Consumer<Supplier<String>>) formatter).accept(CurrentRequest::id));
    }
}
