package org.koprogo.load.traffic;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.koprogo.load.http.BaseUrl;

/**
 * Brings virtual users to the start line: signed in when the mix needs a token and, for mixes that write, with
 * their own data.
 */
public final class VirtualUsers {

    /** A sign-in costs the server about 55 ms of bcrypt: two at a time leave the 2-core server responsive. */
    private static final int CONCURRENT_SIGN_INS = 2;

    private VirtualUsers() {
    }

    /**
     * Users numbered {@code first} to {@code first + count - 1} (numbers name what they create); accounts are
     * handed out round-robin by number. On a failure every user made so far is closed.
     */
    public static List<VirtualUser> prepare(BaseUrl server, List<Account> accounts, int first, int count, Mix mix)
            throws SetUpFailure, InterruptedException {
        return prepare(server, accounts, first, count, mix, null, Attempt.Log.NONE);
    }

    /** The same, their writes retried by {@code writeRetries} when not null, every exchange to {@code attempts}. */
    public static List<VirtualUser> prepare(BaseUrl server, List<Account> accounts, int first, int count, Mix mix,
                                            WriteRetries writeRetries, Attempt.Log attempts)
            throws SetUpFailure, InterruptedException {
        List<VirtualUser> users = new ArrayList<>();
        List<Future<Void>> done = new ArrayList<>();
        ExecutorService workers = Executors.newFixedThreadPool(CONCURRENT_SIGN_INS);
        try {
            for (int number = first; number < first + count; number++) {
                VirtualUser user = new VirtualUser(number, server, accounts.get((number - 1) % accounts.size()),
                        writeRetries, attempts);
                users.add(user);
                done.add(workers.submit(() -> {
                    if (mix.needsSignIn()) {
                        user.signIn();
                    }
                    if (mix.writes()) {
                        user.setUp();
                    }
                    return null;
                }));
            }
            for (Future<Void> each : done) {
                each.get();
            }
            return users;
        } catch (ExecutionException failed) {
            users.forEach(VirtualUser::close);
            if (failed.getCause() instanceof SetUpFailure refused) {
                throw refused;
            }
            throw new IllegalStateException(failed.getCause());
        } finally {
            workers.shutdownNow();
        }
    }
}
