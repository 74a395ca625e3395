package dev.interleave.internal.runtime;

import dev.interleave.bridge.Bridge;
import java.io.FileDescriptor;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Asks the operating system, without waiting, whether a file descriptor is ready: the JDK's own
 * {@code sun.nio.ch.Net.poll}, reached once by reflection here. The scheduler uses it to decide, at
 * points of its choosing, which tasks waiting on sockets, pipes and selectors can go on.
 */
final class Descriptors {

    private static final MethodHandle NEW_FD;
    private static final MethodHandle POLL;
    /** The poll(2) event bits, as the JDK reads them from the platform. */
    static final int POLLIN;
    static final int POLLOUT;

    static {
        if (!Bridge.openJavaBaseTo(Descriptors.class.getModule())) {
            throw new AgentMissingException();
        }
        try {
            Class<?> net = Class.forName("sun.nio.ch.Net");
            Class<?> io = Class.forName("sun.nio.ch.IOUtil");
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(net, MethodHandles.lookup());
            POLL = lookup.findStatic(net, "poll", MethodType.methodType(int.class, FileDescriptor.class, int.class, long.class));
            NEW_FD = MethodHandles.privateLookupIn(io, MethodHandles.lookup())
                    .findStatic(io, "newFD", MethodType.methodType(FileDescriptor.class, int.class));
            POLLIN = (short) lookup.findStaticGetter(net, "POLLIN", short.class).invokeExact();
            POLLOUT = (short) lookup.findStaticGetter(net, "POLLOUT", short.class).invokeExact();
        } catch (Throwable e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Descriptors() {
    }

    static FileDescriptor of(int fd) {
        try {
            return (FileDescriptor) NEW_FD.invokeExact(fd);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot make a descriptor for " + fd, e);
        }
    }

    /**
     * Whether {@code fd} is ready for {@code events} now, or in error, or hung up (a closed peer or a
     * refused connection is for the waiting task to find out): the task should go on and try.
     */
    static boolean ready(FileDescriptor fd, int events) {
        int polled;
        try {
            polled = (int) POLL.invokeExact(fd, events, 0L);
        } catch (java.io.IOException e) {
            return true; // a descriptor closed under the waiter: let it go on and see
        } catch (Throwable e) {
            throw new IllegalStateException("cannot poll a file descriptor", e);
        }
        // Any event at all: ready, in error, hung up, or no longer a descriptor (closed under the waiter).
        return polled != 0;
    }
}
