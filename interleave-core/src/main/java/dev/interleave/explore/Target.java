package dev.interleave.explore;

import dev.interleave.Interleave;

/** What to explore: a name (a program's main class; schedules are tied to it) and the body to run. */
public record Target(String name, Interleave.Body body) {
}
