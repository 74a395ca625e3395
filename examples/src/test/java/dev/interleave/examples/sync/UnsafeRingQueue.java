package dev.interleave.examples.sync;

/**
 * A single-producer single-consumer ring buffer in JCTools' style ({@code SpscArrayQueue}): the
 * producer reads its index with a volatile read, stores the element and then its index with
 * ordered writes, all through {@code Unsafe}, and the elements are plain data published by those
 * writes. Fed by two producers (a misuse JCTools' own documentation warns of), both can claim one
 * slot and an element is lost; sync mode must stop at the {@code Unsafe} calls to show it (it did
 * not, issue 12). {@link Fixed} has one producer offer both elements. Each prints what it polled.
 */
public final class UnsafeRingQueue {

    static final class Message {
        int value;
    }

    static final class Queue {
        private static final long PRODUCER = Unsafes.offset(Queue.class, "producerIndex");
        private static final long ARRAY_BASE = Unsafes.UNSAFE.arrayBaseOffset(Object[].class);
        private static final long ARRAY_SCALE = Unsafes.UNSAFE.arrayIndexScale(Object[].class);

        private final Object[] buffer = new Object[4];
        private volatile long producerIndex;
        private long consumerIndex;

        private long offset(long index) {
            return ARRAY_BASE + (index & (buffer.length - 1)) * ARRAY_SCALE;
        }

        @SuppressWarnings("removal")
        boolean offer(Object element) {
            long index = Unsafes.UNSAFE.getLongVolatile(this, PRODUCER);
            if (Unsafes.UNSAFE.getObjectVolatile(buffer, offset(index)) != null) {
                return false;
            }
            Unsafes.UNSAFE.putOrderedObject(buffer, offset(index), element);
            Unsafes.UNSAFE.putOrderedLong(this, PRODUCER, index + 1);
            return true;
        }

        @SuppressWarnings("removal")
        Object poll() {
            Object element = Unsafes.UNSAFE.getObjectVolatile(buffer, offset(consumerIndex));
            if (element != null) {
                Unsafes.UNSAFE.putOrderedObject(buffer, offset(consumerIndex), null);
                consumerIndex++;
            }
            return element;
        }
    }

    private UnsafeRingQueue() {
    }

    public static void main(String[] args) throws InterruptedException {
        run(false);
    }

    static void run(boolean oneProducer) throws InterruptedException {
        Queue queue = new Queue();
        Thread first = new Thread(() -> {
            queue.offer(message(1));
            if (oneProducer) {
                queue.offer(message(2));
            }
        });
        Thread second = new Thread(() -> {
            if (!oneProducer) {
                queue.offer(message(2));
            }
        });
        first.start();
        second.start();
        first.join();
        second.join();
        int sum = 0;
        for (Object polled; (polled = queue.poll()) != null; ) {
            sum += ((Message) polled).value;
        }
        System.out.println("polled " + sum);
        if (sum != 3) {
            throw new AssertionError("an element was lost: polled " + sum + " of 1 + 2");
        }
    }

    private static Message message(int value) {
        Message message = new Message();
        message.value = value;
        return message;
    }

    /** One producer offers both elements, one after the other. */
    public static final class Fixed {
        private Fixed() {
        }

        public static void main(String[] args) throws InterruptedException {
            run(true);
        }
    }
}
