package dev.eventail.cli.internal.convert;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Maps inputs on worker threads and hands the results over in input order, on the calling thread:
 * the order of the outputs never depends on the number of threads, and at most {@code window}
 * results wait in memory at once, however long the input.
 */
final class OrderedParallelMap {

    /** Receives results in input order; may throw to stop the run. */
    interface Sink<O> {
        void accept(O result) throws Exception;
    }

    private OrderedParallelMap() {}

    static <I, O> void run(
            Iterator<I> inputs, Function<I, O> work, int threads, int window, Sink<O> sink)
            throws Exception {
        if (threads <= 1) {
            while (inputs.hasNext()) sink.accept(work.apply(inputs.next()));
            return;
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool =
                Executors.newFixedThreadPool(
                        threads,
                        r -> {
                            Thread t = new Thread(r, "eventail-parse-" + n.incrementAndGet());
                            t.setDaemon(true);
                            return t;
                        });
        ArrayDeque<Future<O>> inFlight = new ArrayDeque<>();
        try {
            while (inputs.hasNext()) {
                if (inFlight.size() >= window) sink.accept(take(inFlight));
                I next = inputs.next();
                inFlight.add(pool.submit(() -> work.apply(next)));
            }
            while (!inFlight.isEmpty()) sink.accept(take(inFlight));
        } finally {
            inFlight.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }

    private static <O> O take(ArrayDeque<Future<O>> inFlight) throws Exception {
        try {
            return inFlight.removeFirst().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) throw ex;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }
}
