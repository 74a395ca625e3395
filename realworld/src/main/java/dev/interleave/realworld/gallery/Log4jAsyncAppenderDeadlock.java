package dev.interleave.realworld.gallery;

import org.apache.log4j.AsyncAppender;
import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

/**
 * log4j 1.2.15, bug 41214: a deadlock between {@code AsyncAppender} and {@code Category}.
 * {@code Category.callAppenders} holds each category's monitor while it calls the category's
 * appenders; {@code AsyncAppender.append}, when its buffer is full, waits for the dispatcher thread
 * to drain it, still holding those monitors. The dispatcher renders each event's message only when
 * it passes it on, so a message whose {@code toString()} logs (an order that logs its own lookup, say)
 * makes the dispatcher call {@code callAppenders} too, and wait for the root logger's monitor, held
 * by the thread that waits for the dispatcher.
 */
public final class Log4jAsyncAppenderDeadlock {

    private static final Logger ORDERS = Logger.getLogger("orders");
    private static final Logger PRICING = Logger.getLogger("pricing");

    private Log4jAsyncAppenderDeadlock() {
    }

    /** A domain object whose {@code toString()} logs: harmless until an appender renders it late. */
    record Order(int id) {
        @Override
        public String toString() {
            PRICING.debug("pricing order " + id);
            return "order " + id;
        }
    }

    public static void main(String[] args) {
        AsyncAppender async = new AsyncAppender();
        async.setBufferSize(1);
        async.addAppender(new ConsoleAppender(new PatternLayout("%c %m%n")));
        Logger.getRootLogger().addAppender(async);
        for (int id = 1; id <= 3; id++) {
            ORDERS.info(new Order(id));
        }
        async.close();
        System.out.println("logged three orders");
    }
}
