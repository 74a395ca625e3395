package dev.interleave.realworld.guava;

import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.ListeningExecutorService;
import com.google.common.util.concurrent.MoreExecutors;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link AccountFeesBug} fixed: each payment waits for its fee first, then charges it with one atomic
 * {@code addAndGet}, so no update is lost whatever the order.
 */
public final class AccountFeesFixed {

    private AccountFeesFixed() {
    }

    public static void main(String[] args) throws Exception {
        AtomicInteger balance = new AtomicInteger(100);
        ListeningExecutorService fees = MoreExecutors.listeningDecorator(Executors.newFixedThreadPool(2));
        ListeningExecutorService payments = MoreExecutors.listeningDecorator(Executors.newFixedThreadPool(2));
        try {
            Runnable pay = () -> {
                ListenableFuture<Integer> fee = fees.submit(AccountFeesBug::fee);
                try {
                    balance.addAndGet(-fee.get());
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
            throw new AssertionError("balance " + balance.get() + ", expected 86");
        }
    }
}
