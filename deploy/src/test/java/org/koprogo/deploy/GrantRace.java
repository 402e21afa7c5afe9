package org.koprogo.deploy;

import static org.koprogo.deploy.Problems.assertProblem;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Share grants on one unit released at the same instant, one per client, each for a new owner. */
final class GrantRace {

    private GrantRace() {
    }

    /** @return how many grants were accepted (201); every other one must be a 409 problem */
    static int run(String unit, List<Api> clients, String percentage) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (Api client : clients) {
                String owner = Property.ownerId(client);
                answers.add(pool.submit(() -> {
                    start.await();
                    return client.post("/api/v1/units/" + unit + "/owners", Property.share(owner, percentage));
                }));
            }
            start.countDown();
            int accepted = 0;
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                if (response.statusCode() == 201) {
                    accepted++;
                } else {
                    assertProblem(response, 409);
                }
            }
            return accepted;
        } finally {
            pool.shutdownNow();
        }
    }
}
