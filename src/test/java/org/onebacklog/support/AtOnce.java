package org.onebacklog.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs several people's work at the same moment, each on its own thread, and waits for all of it. */
public final class AtOnce {

    private AtOnce() {
    }

    public static void run(List<Callable<Void>> people) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Void>> running = new ArrayList<>();
            for (Callable<Void> person : people) {
                running.add(pool.submit(() -> {
                    start.await();
                    return person.call();
                }));
            }
            start.countDown();
            for (Future<Void> person : running) {
                person.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
