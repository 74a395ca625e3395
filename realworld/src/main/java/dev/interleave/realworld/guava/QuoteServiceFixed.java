package dev.interleave.realworld.guava;

import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.ListeningExecutorService;
import com.google.common.util.concurrent.MoreExecutors;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * A quote built from three suppliers' prices fetched in parallel with Guava's
 * {@code ListeningExecutorService}, combined with {@code Futures.allAsList} and {@code transform}.
 * Each fetch writes only its own future; the sum is computed once all are in.
 * {@link AccountFeesBug} updates shared state around a future instead.
 */
public final class QuoteServiceFixed {

    private QuoteServiceFixed() {
    }

    static int fetch(int supplier) throws InterruptedException {
        Thread.sleep(Duration.ofMillis(5L * supplier));
        return 100 + supplier;
    }

    public static void main(String[] args) throws Exception {
        ListeningExecutorService service = MoreExecutors.listeningDecorator(Executors.newFixedThreadPool(3));
        try {
            List<ListenableFuture<Integer>> prices = new ArrayList<>();
            for (int supplier = 1; supplier <= 3; supplier++) {
                int s = supplier;
                prices.add(service.submit(() -> fetch(s)));
            }
            ListenableFuture<Integer> total = Futures.transform(Futures.allAsList(prices),
                    list -> list.stream().mapToInt(Integer::intValue).sum(), MoreExecutors.directExecutor());
            System.out.println("quote " + total.get());
            if (total.get() != 306) {
                throw new AssertionError("quote " + total.get() + ", expected 306");
            }
        } finally {
            service.shutdown();
        }
    }
}
