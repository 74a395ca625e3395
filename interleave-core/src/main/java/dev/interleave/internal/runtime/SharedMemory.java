package dev.interleave.internal.runtime;

import dev.interleave.DataRace;
import dev.interleave.Event;
import dev.interleave.Mode;
import dev.interleave.PointKind;
import dev.interleave.bridge.AccessSites;
import dev.interleave.bridge.Memory;
import dev.interleave.bridge.SyncSites;
import dev.interleave.internal.strategy.Locations;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One execution's view of the program's memory: which task made each object, which locations (a
 * field of an object, a static field, an array element) more than one task has touched, and the
 * scheduling points that sync and preemptive modes make at synchronization actions and at accesses
 * to shared locations. The race detector sees every access and action. Runs on the task that is
 * running, one at a time, so it needs no locking.
 */
final class SharedMemory {

    /** What is known of one object, class (for its static fields) or array. */
    static final class Holder {
        int creator = -1;
        /** A reference to it was stored in a shared location: other tasks can reach it. */
        boolean published;
        /** The first task that synchronized on it (a monitor, a lock, an atomic), or -1. */
        int syncUser = -1;
        final Map<Object, Location> locations = new HashMap<>(4);
    }

    /** One field of one object, static field, or array element. */
    static final class Location {
        int firstTask = -1;
        boolean shared;
        final RaceDetector.Accesses accesses = new RaceDetector.Accesses();
    }

    private final Execution execution;
    private final Mode mode;
    private final boolean recording;
    final RaceDetector races;
    final ConcurrentCalls calls;
    private final ObjectTable<Holder> holders;

    /**
     * Whether tasks used a shared field, array element, monitor or concurrent object where the mode
     * makes no scheduling point: the run tried no switch there, so it proves nothing about them.
     */
    boolean sharedBetweenPoints() {
        return sharedBetweenPoints;
    }

    /** Per task, the target of the call it announced and has not returned from. */
    private final Map<Integer, Object> callTargets = new HashMap<>();
    /** The running task's last access was a write to a shared location: a reference it stores is published. */
    private boolean storingShared;
    /** A task used a shared location or synchronization object where the mode makes no point. */
    private boolean sharedBetweenPoints;

    SharedMemory(Execution execution, Mode mode, boolean recording, boolean raceStacks) {
        this.execution = execution;
        this.mode = mode;
        this.recording = recording;
        this.races = new RaceDetector(execution, raceStacks);
        this.holders = execution.objects.newTable();
        this.calls = new ConcurrentCalls(execution, this);
    }

    void begin() {
        if (recording) {
            Memory.recordValues(true);
        }
    }

    void end() {
        if (recording) {
            Memory.recordValues(false);
        }
    }

    /**
     * Whether the execution has had only one task so far: nothing it does can race or be shared
     * yet, so nothing is tracked. This keeps a program's single-threaded setup cheap: identity
     * hash codes are all alike under {@code -XX:hashCode=2}, so the table of objects slows with
     * every object in it. An object first met later, whose maker is unknown, counts as made by the
     * first task: its first access by any other task makes it shared, a point too many at worst.
     */
    private boolean alone() {
        return execution.tasks().size() == 1;
    }

    void created(Object object) {
        if (alone()) {
            return;
        }
        Task task = execution.current();
        Holder holder = holder(object);
        if (holder.creator < 0) {
            holder.creator = task.id;
        }
    }

    void field(Object holder, int siteId, boolean write) {
        AccessSites.Site site = AccessSites.site(siteId);
        int flags = FieldFlags.of(site, siteId, holder);
        if ((flags & Modifier.FINAL) != 0 || holder == null || alone()) {
            return;
        }
        Task task = execution.current();
        Location location = location(holder, FieldKeys.of(site, siteId, holder), task);
        int slot = execution.footprints == null ? 0 : FieldSlots.of(siteId);
        if ((flags & Modifier.VOLATILE) != 0) {
            sharedBetweenPoints |= location.shared && !mode.syncPoints();
            Event.Kind kind = write ? Event.Kind.VOLATILE_WRITE : Event.Kind.VOLATILE_READ;
            if (mode.syncPoints() && pointsTaken()) {
                stop(task, new PendingPoint(PointKind.SYNC, fieldAccess(kind, holder, site)), holder, slot, write);
            }
            expectValue(task, kind, holder, site.field(), site.code(), site.where());
            footprintAccess(holder, slot, write);
            races.volatileAccess(task, location, write);
            storingShared = write;
            return;
        }
        Event.Kind kind = write ? Event.Kind.WRITE : Event.Kind.READ;
        if (location.shared && mode.accessPoints() && pointsTaken()) {
            stop(task, new PendingPoint(PointKind.ACCESS, fieldAccess(kind, holder, site)), holder, slot, write);
        }
        if (location.shared) {
            expectValue(task, kind, holder, site.field(), site.code(), site.where());
        }
        sharedBetweenPoints |= location.shared && !mode.accessPoints();
        footprintAccess(holder, slot, write);
        races.access(task, location, write, new DeclaredField(site, holder), site.source());
        storingShared = write && location.shared;
    }

    /**
     * The access a point stands before: its object is named only in a recorded run, since naming
     * costs a lookup at every point of an exploration, whose traces are never shown.
     */
    private Event fieldAccess(Event.Kind kind, Object holder, AccessSites.Site site) {
        String object = recording && !(holder instanceof Class<?>) ? execution.names.of(holder) : "";
        return new Event(kind, object, site.field(), null, "");
    }

    /**
     * In a run that records events, the access about to happen becomes an event once its value
     * comes (see {@link #value}): right after a read, right before a write.
     */
    private void expectValue(Task task, Event.Kind kind, Object holder, String field, String code, String where) {
        if (!execution.recordingEvents()) {
            return;
        }
        Attribution.Place place = execution.attribution.ofSite(code, where);
        if (!place.internal()) {
            String object = holder instanceof Class<?> ? "" : execution.names.of(holder);
            task.expectAccess(new Event(kind, object, field, null, place.location()));
        }
    }

    void element(Object array, int index, int siteId, boolean write) {
        AccessSites.Site site = AccessSites.site(siteId);
        Task task = execution.current();
        if (alone() || index < 0 || index >= java.lang.reflect.Array.getLength(array)) {
            return; // the access throws
        }
        Location location = location(array, index, task);
        int slot = Locations.element(index);
        sharedBetweenPoints |= location.shared && !mode.accessPoints();
        Event.Kind kind = write ? Event.Kind.WRITE : Event.Kind.READ;
        if (location.shared && mode.accessPoints() && pointsTaken()) {
            stop(task, new PendingPoint(PointKind.ACCESS, new Event(kind, execution.names.of(array), "[" + index + "]", null,
                    "")), array, slot, write);
        }
        if (location.shared) {
            expectValue(task, kind, array, "[" + index + "]", site.code(), site.where());
        }
        footprintAccess(array, slot, write);
        races.access(task, location, write, new RacedElement(array, index), site.source());
        storingShared = write && location.shared;
    }

    /** An array element's name, made only when shown (see {@link #syncPoint}). */
    private String elementName(Object array, int index) {
        return execution.names.of(array) + "[" + index + "]";
    }

    /** An array element, for a data race: made only when there is one. */
    private DataRace.Element element(Object array, int index) {
        return new DataRace.Element(array.getClass().getTypeName(), execution.names.of(array), index);
    }

    /**
     * The step that performs an access records it in its footprint, after the point before the
     * access (if any) has ended the step before: DFS's reduction asks what each step did.
     */
    private void footprintAccess(Object holder, int slot, boolean write) {
        if (execution.footprints != null) {
            execution.footprints.accessed(holder, slot, write);
        }
    }

    /** The value just read or about to be written: shown in the step of its access point, when recorded. */
    void value(Object value) {
        Task task = execution.current();
        if (storingShared) {
            storingShared = false;
            publish(value);
        }
        Event access = task.takeExpectedAccess();
        if (access != null) {
            execution.record(new Event(access.kind(), access.object(), access.field(),
                    ValueText.of(value, execution.names), access.location()));
        }
    }

    /** A reference stored where other tasks can reach it: its object's fields are shared from now on. */
    private void publish(Object value) {
        if (value != null && !(value instanceof String) && !(value instanceof Number) && !(value instanceof Boolean)) {
            holder(value).published = true;
        }
    }

    /**
     * {@code task} synchronized on {@code target} (a monitor, a lock, an atomic...): where the mode
     * makes no point of it, a second task's use means the run tried no switch around a shared one.
     */
    void synchronizedOn(Task task, Object target) {
        if (!sharedBetweenPoints && !mode.syncPoints() && target != null && !alone()) {
            Holder holder = holder(target);
            if (holder.syncUser < 0) {
                holder.syncUser = task.id;
            } else if (holder.syncUser != task.id) {
                sharedBetweenPoints = true;
            }
        }
    }

    void sync(Object target, int action, String what) {
        Task task = execution.current();
        if (action != Memory.THREAD_START && action != Memory.THREAD_JOIN) {
            synchronizedOn(task, target);
        }
        switch (action) {
            case Memory.MONITOR_ENTER -> {
                task.blockedBy(new Blocking.BeforeEnter(target));
                syncPoint(task, Event.Kind.MONITOR_ENTER, "", target);
                task.unblocked();
            }
            case Memory.MONITOR_ACQUIRED -> {
                races.acquire(task, target);
                recordHere(Event.Kind.MONITOR_ENTER, target);
            }
            case Memory.MONITOR_RELEASING -> {
                recordHere(Event.Kind.MONITOR_EXIT, target);
                races.release(task, target);
            }
            case Memory.MONITOR_EXITED -> syncPoint(task, Event.Kind.MONITOR_EXIT, "", target);
            case Memory.THREAD_START -> {
                if (target instanceof Thread thread) {
                    threadPoint(task, Event.Kind.START, thread);
                    races.release(task, thread); // the start event is recorded as the new task is submitted
                }
            }
            case Memory.THREAD_JOIN -> {
                if (target instanceof Thread thread) {
                    task.blockedBy(new Blocking.BeforeJoin(thread));
                    threadPoint(task, Event.Kind.JOIN, thread);
                    task.unblocked();
                    callTargets.put(task.id, thread);
                }
            }
            case Memory.WAIT -> {
                syncPoint(task, Event.Kind.WAIT, "", target);
                races.release(task, target);
                callTargets.put(task.id, target);
            }
            case Memory.NOTIFY, Memory.NOTIFY_ALL -> {
                Event.Kind kind = action == Memory.NOTIFY ? Event.Kind.NOTIFY : Event.Kind.NOTIFY_ALL;
                syncPoint(task, kind, "", target);
                recordHere(kind, target);
            }
            default -> throw new IllegalArgumentException("unknown synchronization action " + action);
        }
    }

    void synced(int action) {
        Task task = execution.current();
        switch (action) {
            case Memory.THREAD_JOIN, Memory.WAIT -> {
                Object target = callTargets.remove(task.id);
                if (target != null) {
                    races.acquire(task, target);
                }
                if (target instanceof Thread thread) {
                    recordThread(Event.Kind.JOIN, thread);
                    if (execution.footprints != null) {
                        // A join that returned at once still read that the task had ended.
                        Task joined = execution.taskOfProgramThread(thread);
                        if (joined != null) {
                            execution.footprints.lifeRead(joined);
                        }
                    }
                }
            }
            default -> {
            }
        }
    }

    /** A start or join of {@code thread}: a point of sync mode, the thread shown by its name. */
    private void threadPoint(Task task, Event.Kind kind, Thread thread) {
        if (mode.syncPoints() && pointsTaken()) {
            stop(task, new PendingPoint(PointKind.SYNC, new Event(kind, taskName(thread), "", null, "")), null,
                    Locations.SYNC, true);
        }
    }

    private void recordThread(Event.Kind kind, Thread thread) {
        if (execution.recordingEvents()) {
            execution.record(kind, () -> taskName(thread), "", null, execution.attribution.ofRunningTask());
        }
    }

    /** A thread as traces name it: its task's name (an unnamed virtual thread's is {@code task-N}). */
    private String taskName(Thread thread) {
        Task task = execution.taskOfProgramThread(thread);
        return task != null ? task.name : thread.getName();
    }

    /** Records an action on {@code target} of the running task, placed by its stack. */
    void recordHere(Event.Kind kind, Object target) {
        recordHere(kind, "", target);
    }

    /** Records an action (a method, {@code field}) on {@code target} of the running task, placed by its stack. */
    void recordHere(Event.Kind kind, String field, Object target) {
        if (execution.recordingEvents()) {
            execution.record(kind, () -> execution.names.of(target), field, null, execution.attribution.ofRunningTask());
        }
    }

    /**
     * Records a call or an atomic access that an instrumented site made; its object is named only
     * if it is recorded (naming costs a lookup, and numbers objects in the order a trace shows them).
     */
    void recordAt(Event.Kind kind, java.util.function.Supplier<String> object, String field, String code, String where) {
        if (execution.recordingEvents()) {
            execution.record(kind, object, field, null, execution.attribution.ofSite(code, where));
        }
    }

    /**
     * A point of sync mode before {@code kind} on {@code target}, shown with the target's name. The
     * name is made only for a point that is taken: objects are named in the order a trace first
     * shows them, so a name made for nothing would shift the names of everything shown after it.
     */
    void syncPoint(Task task, Event.Kind kind, String field, Object target) {
        syncPoint(task, kind, field, target, target);
    }

    /** A point as {@link #syncPoint(Task, Event.Kind, String, Object)}, before using {@code state}'s synchronization state. */
    void syncPoint(Task task, Event.Kind kind, String field, Object target, Object state) {
        if (mode.syncPoints() && pointsTaken()) {
            stop(task, new PendingPoint(PointKind.SYNC, new Event(kind, target == null ? "" : execution.names.of(target),
                    field, null, "")), state, Locations.SYNC, true);
        }
    }

    /** Whether a point made now would be taken (see {@link #stop}): what it shows is made only then. */
    private boolean pointsTaken() {
        return recording || execution.othersMayRun();
    }

    /**
     * An atomic access (through {@code Unsafe}, a {@code VarHandle}, a field updater or an atomic
     * array) to {@code target}, as {@code site} makes it: a plain one is a plain access (a point of
     * preemptive mode once its location is shared, and checked for races); any other is a volatile
     * one, a point of sync mode, ordered by the location's own clock (a read acquires, a write
     * releases, a compare-and-set or get-and-op does both). {@code stored} is the reference it
     * stores, if any: stored in a shared place, it publishes its object.
     */
    void atomic(AtomicTargets.Target target, SyncSites.Site site, Object stored) {
        if (alone()) {
            return;
        }
        Task task = execution.current();
        Object holder = target.holder();
        Location location = location(holder, target.key(), task);
        boolean write = (site.flags() & SyncSites.WRITE) != 0;
        // A field's key is its name in traces, Declaring.field (see FieldKeys), made once per field.
        AtomicName name = new AtomicName(target);
        sharedBetweenPoints |= location.shared && !(site.has(SyncSites.PLAIN) ? mode.accessPoints() : mode.syncPoints());
        if (site.has(SyncSites.PLAIN)) {
            if (location.shared && mode.accessPoints() && pointsTaken()) {
                stop(task, new PendingPoint(PointKind.ACCESS, new Event(Event.Kind.ATOMIC, name.get(), site.what(), null, "")),
                        holder, target.slot(), write);
            }
            footprintAccess(holder, target.slot(), write);
            races.access(task, location, write, new RacedAtomic(target), site.source());
            if (location.shared) {
                recordAt(Event.Kind.ATOMIC, name, site.what(), site.code(), site.where());
            }
        } else {
            if (mode.syncPoints() && pointsTaken()) {
                stop(task, new PendingPoint(PointKind.SYNC, new Event(Event.Kind.ATOMIC, name.get(), site.what(), null, "")),
                        holder, target.slot(), write);
            }
            footprintAccess(holder, target.slot(), write);
            if ((site.flags() & SyncSites.READ) != 0) {
                races.volatileAccess(task, location, false);
            }
            if (write) {
                races.volatileAccess(task, location, true);
            }
            recordAt(Event.Kind.ATOMIC, name, site.what(), site.code(), site.where());
        }
        if (write && stored != null && (location.shared || !site.has(SyncSites.PLAIN))) {
            publish(stored);
        }
    }

    /**
     * An atomic access whose location is not known (an address, or a handle of a kind not read): a
     * point of sync mode, ordered with every call into {@code java.util.concurrent}, touching
     * state footprints do not name.
     */
    void unknownAtomic(SyncSites.Site site) {
        Task task = execution.current();
        syncPoint(task, Event.Kind.ATOMIC, site.what(), null);
        recordAt(Event.Kind.ATOMIC, NO_NAME, site.what(), site.code(), site.where());
        if (execution.footprints != null) {
            execution.footprints.shared();
        }
        races.acquire(task, RaceDetector.CONCURRENT);
        races.release(task, RaceDetector.CONCURRENT);
    }

    /** A point of every mode before {@code kind} on {@code target} (named only for a point that is taken, see {@link #syncPoint}). */
    void awaitPoint(Task task, Event.Kind kind, String field, Object target) {
        if (pointsTaken()) {
            stop(task, new PendingPoint(PointKind.SYNC, new Event(kind, execution.names.of(target), field, null, "")), target,
                    Locations.SYNC, true);
        }
    }

    /**
     * Makes a scheduling point: the task yields, and the step it ends shows the point's action. Where no
     * other task could be chosen the point decides nothing, so it is skipped, except in a recorded
     * run, whose trace shows every point. The step's footprint notes what it stopped before:
     * {@code slot} of {@code holder} (none when the holder is null).
     */
    private void stop(Task task, PendingPoint point, Object holder, int slot, boolean write) {
        boolean recordedOnly = !execution.othersMayRun();
        if (!recording && recordedOnly) {
            return;
        }
        if (holder != null && execution.footprints != null) {
            execution.footprints.stoppedBefore(holder, slot, write);
        }
        // A point only a recorded run stops at must not count as a step of its own (see Execution).
        task.yieldAt(point, recordedOnly);
    }

    private Location location(Object holderObject, Object key, Task task) {
        Holder holder = holder(holderObject);
        Location location = holder.locations.get(key);
        if (location == null) {
            location = new Location();
            // A class whose initializer did not run in a task (it has none, or it ran while the
            // first task was alone) belongs to no task: its static fields are shared from the first
            // access. An object of unknown maker counts as the first task's (see alone()).
            location.firstTask = holder.creator >= 0 ? holder.creator : holderObject instanceof Class<?> ? -2 : 0;
            holder.locations.put(key, location);
        }
        if (!location.shared && (location.firstTask != task.id || holder.published)) {
            location.shared = true;
        }
        return location;
    }

    // What a point or a race report names, made only when shown: small classes, not lambdas (see
    // the package's note on call sites).

    private static final Supplier<String> NO_NAME = new NoName();

    private static final class NoName implements Supplier<String> {
        @Override
        public String get() {
            return "";
        }
    }

    /** An atomic access's place by its name in traces: a field's key is Declaring.field (see FieldKeys). */
    private final class AtomicName implements Supplier<String> {
        private final AtomicTargets.Target target;

        AtomicName(AtomicTargets.Target target) {
            this.target = target;
        }

        @Override
        public String get() {
            return target.field() != null ? (String) target.key() : elementName(target.holder(), (Integer) target.key());
        }
    }

    /** The field or element a plain atomic access raced on. */
    private final class RacedAtomic implements Supplier<DataRace.Memory> {
        private final AtomicTargets.Target target;

        RacedAtomic(AtomicTargets.Target target) {
            this.target = target;
        }

        @Override
        public DataRace.Memory get() {
            return target.field() != null ? target.field() : element(target.holder(), (Integer) target.key());
        }
    }

    /** The array element an access raced on. */
    private final class RacedElement implements Supplier<DataRace.Memory> {
        private final Object array;
        private final int index;

        RacedElement(Object array, int index) {
            this.array = array;
            this.index = index;
        }

        @Override
        public DataRace.Memory get() {
            return element(array, index);
        }
    }

    /** The field a race report names, made only when there is a race to report. */
    private static final class DeclaredField implements Supplier<DataRace.Memory> {
        private final AccessSites.Site site;
        private final Object holder;

        DeclaredField(AccessSites.Site site, Object holder) {
            this.site = site;
            this.holder = holder;
        }

        @Override
        public DataRace.Memory get() {
            return FieldKeys.declared(site, holder);
        }
    }

    private Holder holder(Object object) {
        Holder holder = holders.get(object);
        return holder != null ? holder : holders.put(object, new Holder());
    }

    /** A task ended: what it did happens before a join of its thread returns. */
    void ended(Task task) {
        races.release(task, task.programThread());
    }

    /** A task made another runnable (unpark, start, a hand-off): what it did so far happens before. */
    void woke(Task waker, Task woken) {
        if (waker != woken) {
            races.wake(waker, woken);
        }
    }
}
