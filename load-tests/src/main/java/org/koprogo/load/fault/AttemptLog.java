package org.koprogo.load.fault;

import java.util.ArrayList;
import java.util.List;

import org.koprogo.load.traffic.Attempt;

/** Every exchange of a fault run, kept in memory (about 50 bytes each) for {@link Outages}. */
public final class AttemptLog implements Attempt.Log {

    private final List<Attempt> attempts = new ArrayList<>();

    @Override
    public synchronized void add(Attempt attempt) {
        attempts.add(attempt);
    }

    public synchronized List<Attempt> attempts() {
        return List.copyOf(attempts);
    }
}
