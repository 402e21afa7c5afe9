package org.koprogo.load.traffic;

import java.util.List;

/** A traffic model: how virtual users are driven for a stretch of time, one platform thread each. */
public interface Load {

    /**
     * Drives the users from {@code startNanos} ({@link System#nanoTime()}) to the end and returns when every
     * thread has stopped.
     *
     * @return requests that were due but never sent because the server fell too far behind (open model)
     */
    long run(List<VirtualUser> users, long startNanos, Recorder recorder) throws InterruptedException;
}
