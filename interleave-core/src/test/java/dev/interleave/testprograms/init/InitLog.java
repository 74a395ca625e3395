package dev.interleave.testprograms.init;

import java.util.ArrayList;
import java.util.List;

/** The order in which {@link InitTriggers}' classes were initialized and used. */
final class InitLog {

    static final List<String> EVENTS = new ArrayList<>();

    private InitLog() {
    }

    static String add(String event) {
        EVENTS.add(event);
        return event;
    }
}
