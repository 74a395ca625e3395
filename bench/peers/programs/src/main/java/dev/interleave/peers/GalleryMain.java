package dev.interleave.peers;

import java.lang.reflect.InvocationTargetException;

/**
 * A gallery program (examples module, compiled for Java 25) run through its {@code main}, looked
 * up by name so that this module needs no Java 25 classes to compile. Its threads are the ones
 * the program makes, whatever kind is asked for.
 */
record GalleryMain(String mainClass) implements Subject {

    @Override
    public void run(ThreadKind ignored) throws Exception {
        try {
            Class.forName(mainClass).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw (Error) e.getCause();
        }
    }
}
