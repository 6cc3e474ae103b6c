package dev.eventail.cli.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedParallelMapTest {

    @Test
    void resultsComeInInputOrderWithAnyNumberOfThreadsAndABoundedWindow() throws Exception {
        List<Integer> inputs = IntStream.range(0, 500).boxed().toList();
        for (int threads : new int[] {1, 2, 4}) {
            List<Integer> seen = new ArrayList<>();
            AtomicInteger started = new AtomicInteger();
            int window = threads * 4;
            OrderedParallelMap.run(
                    inputs.iterator(),
                    i -> {
                        started.incrementAndGet();
                        if (i % 7 == 0) Thread.onSpinWait();
                        return i * 2;
                    },
                    threads,
                    window,
                    r -> {
                        // never more than the window started ahead of what was handed over
                        assertThat(started.get() - seen.size()).isLessThanOrEqualTo(window + 1);
                        seen.add(r);
                    });
            assertThat(seen)
                    .as("%d threads", threads)
                    .isEqualTo(inputs.stream().map(i -> i * 2).toList());
        }
    }
}
