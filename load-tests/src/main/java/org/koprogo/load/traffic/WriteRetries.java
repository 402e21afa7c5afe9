package org.koprogo.load.traffic;

import java.util.concurrent.atomic.LongAdder;

import org.koprogo.load.result.RunResult;

/**
 * Fault runs' writes: every POST carries an {@code Idempotency-Key} and is retried by {@link #policy()}; what
 * the server acknowledged goes to {@link #ledger()}, and how many writes needed a retry is counted here. Shared by
 * all virtual users.
 */
public final class WriteRetries {

    private final RetryPolicy policy;
    private final WriteLedger ledger = new WriteLedger();
    private final LongAdder writes = new LongAdder();
    private final LongAdder firstAttemptFailures = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder failed = new LongAdder();

    public WriteRetries(RetryPolicy policy) {
        this.policy = policy;
    }

    public RetryPolicy policy() {
        return policy;
    }

    public WriteLedger ledger() {
        return ledger;
    }

    /** One write done: its attempts and whether its last answer was a success. */
    void counted(int attempts, boolean firstFailed, boolean succeeded) {
        writes.increment();
        retries.add(attempts - 1L);
        if (firstFailed) {
            firstAttemptFailures.increment();
        }
        if (!succeeded) {
            failed.increment();
        }
    }

    public RunResult.Retries tally() {
        return new RunResult.Retries(writes.sum(), firstAttemptFailures.sum(), retries.sum(), failed.sum(),
                policy.deadlineMillis());
    }
}
