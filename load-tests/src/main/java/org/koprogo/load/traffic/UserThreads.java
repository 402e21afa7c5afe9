package org.koprogo.load.traffic;

import java.util.List;
import java.util.concurrent.locks.LockSupport;

/** What both traffic models do with threads: one per user, and sleeping until a moment. */
final class UserThreads {

    @FunctionalInterface
    interface UserLoop {
        void drive(int index, VirtualUser user);
    }

    private UserThreads() {
    }

    /** Runs the loop on one platform thread per user (Java 17: no virtual threads) and waits for all. */
    static void runEach(List<VirtualUser> users, UserLoop loop) throws InterruptedException {
        Thread[] threads = new Thread[users.size()];
        for (int i = 0; i < threads.length; i++) {
            int index = i;
            threads[i] = new Thread(() -> loop.drive(index, users.get(index)), "vu-" + i);
            threads[i].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /** Sleeps until the {@link System#nanoTime()} deadline; parking may wake early, hence the loop. */
    static void sleepUntil(long deadlineNanos) {
        long left;
        while ((left = deadlineNanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }
}
