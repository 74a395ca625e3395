package dev.interleave.schedule;

import dev.interleave.Mode;
import java.util.List;
import java.util.Objects;

/**
 * A schedule: at each decision where more than one task could run, the id of the task that ran.
 * Task ids count from 0 in the order tasks were created, so a schedule means the same in every
 * run of the same program, in any JVM. It is a list of choices, not the random numbers that
 * produced them, so replaying it needs no strategy state.
 *
 * @param target what the schedule was recorded for (a program's main class), checked on replay
 * @param mode   the scheduling mode it was recorded in
 */
public record Schedule(String target, Mode mode, List<Integer> choices) {

    public Schedule {
        Objects.requireNonNull(mode, "mode");
        choices = List.copyOf(choices);
    }

    public int size() {
        return choices.size();
    }

    /** The compact, copy-pastable form; see {@link ScheduleToken}. */
    public String token() {
        return ScheduleToken.encode(this);
    }

    public Schedule withChoices(List<Integer> newChoices) {
        return new Schedule(target, mode, newChoices);
    }
}
