package dev.interleave.internal.runtime;

import dev.interleave.bridge.MemoryHooks;

/**
 * The runtime behind {@code Memory}: finds the execution of the calling thread and the task it
 * runs, and hands the access or action to that execution's {@link SharedMemory}. Threads that
 * belong to no execution get nothing done.
 */
final class MemoryRuntime implements MemoryHooks {

    private static SharedMemory memory() {
        Execution execution = JdkInternals.scheduler(Thread.currentThread()) instanceof RunExecutor executor
                ? executor.execution : null;
        return execution == null || execution.current() == null ? null : execution.memory;
    }

    @Override
    public void read(Object holder, int site) {
        SharedMemory m = memory();
        if (m != null) {
            m.field(holder, site, false);
        }
    }

    @Override
    public void write(Object holder, int site) {
        SharedMemory m = memory();
        if (m != null) {
            m.field(holder, site, true);
        }
    }

    @Override
    public void arrayRead(Object array, int index, int site) {
        SharedMemory m = memory();
        if (m != null && array != null) {
            m.element(array, index, site, false);
        }
    }

    @Override
    public void arrayWrite(Object array, int index, int site) {
        SharedMemory m = memory();
        if (m != null && array != null) {
            m.element(array, index, site, true);
        }
    }

    @Override
    public void value(Object value) {
        SharedMemory m = memory();
        if (m != null) {
            m.value(value);
        }
    }

    @Override
    public void created(Object object) {
        SharedMemory m = memory();
        if (m != null) {
            m.created(object);
        }
    }

    @Override
    public void sync(Object target, int action, String what) {
        SharedMemory m = memory();
        if (m != null) {
            m.sync(target, action, what);
        }
    }

    @Override
    public void synced(int action) {
        SharedMemory m = memory();
        if (m != null) {
            m.synced(action);
        }
    }

    @Override
    public void call(Object receiver, int site) {
        SharedMemory m = memory();
        if (m != null) {
            m.calls.call(receiver, site);
        }
    }

    @Override
    public void returned(int site) {
        SharedMemory m = memory();
        if (m != null) {
            m.calls.returned(site);
        }
    }

    @Override
    public void unsafeAccess(Object holder, long offset, Object stored, int site) {
        SharedMemory m = memory();
        if (m != null) {
            atomic(m, AtomicTargets.unsafe(holder, offset), stored, site);
        }
    }

    @Override
    public void handleAccess(Object handle, Object holder, int index, Object stored, int site) {
        SharedMemory m = memory();
        if (m != null && handle != null) {
            atomic(m, AtomicTargets.handle(handle, holder, index), stored, site);
        }
    }

    private static void atomic(SharedMemory m, AtomicTargets.Target target, Object stored, int site) {
        if (target == null) {
            m.unknownAtomic(dev.interleave.bridge.SyncSites.site(site));
        } else {
            m.atomic(target, dev.interleave.bridge.SyncSites.site(site), stored);
        }
    }
}
