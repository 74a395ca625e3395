package dev.interleave.realworld.guava;

import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.ListeningExecutorService;
import com.google.common.util.concurrent.MoreExecutors;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The seeded bug: a lost update around a future. Two payments each read the balance, wait for the fee
 * service's answer (a Guava {@code ListenableFuture}), then write back balance minus fee. When both
 * read before either writes, one fee is lost. The balance is an {@code AtomicInteger}, so no access
 * races: the read-wait-write is simply not atomic. {@link AccountFeesFixed} charges with
 * {@code addAndGet} once the fee is known.
 */
public final class AccountFeesBug {

    private AccountFeesBug() {
    }

    static int fee() throws InterruptedException {
        Thread.sleep(Duration.ofMillis(5));
        return 7;
    }

    public static void main(String[] args) throws Exception {
        AtomicInteger balance = new AtomicInteger(100);
        ListeningExecutorService fees = MoreExecutors.listeningDecorator(Executors.newFixedThreadPool(2));
        ListeningExecutorService payments = MoreExecutors.listeningDecorator(Executors.newFixedThreadPool(2));
        try {
            Runnable pay = () -> {
                int before = balance.get();
                ListenableFuture<Integer> fee = fees.submit(AccountFeesBug::fee);
                try {
                    balance.set(before - fee.get());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            Future<?> first = payments.submit(pay);
            Future<?> second = payments.submit(pay);
            first.get();
            second.get();
        } finally {
            payments.shutdown();
            fees.shutdown();
        }
        System.out.println("balance " + balance.get());
        if (balance.get() != 86) {
            throw new AssertionError("lost update: balance " + balance.get() + " after two fees of 7 from 100, expected 86");
        }
    }
}
