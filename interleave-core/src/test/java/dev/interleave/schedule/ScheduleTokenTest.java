package dev.interleave.schedule;

import dev.interleave.Mode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleTokenTest {

    private static final String MAIN = "com.example.Main";

    @Test
    void roundTripsChoicesModeAndTarget() {
        List<Integer> choices = new ArrayList<>(List.of(0, 1, 2, 127, 128, 300, 70_000, 3));
        // Every mode: each has a letter of its own in the token.
        for (Mode mode : Mode.values()) {
            Schedule schedule = new Schedule(MAIN, mode, choices);
            assertEquals(schedule, ScheduleToken.decode(schedule.token(), MAIN));
        }
    }

    @Test
    void aTypicalFailureFitsInAShortToken() {
        // 40 decisions among a handful of tasks: well over what a shrunk failure needs.
        List<Integer> choices = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            choices.add(i % 5);
        }
        String token = new Schedule(MAIN, Mode.COOPERATIVE, choices).token();
        assertTrue(token.length() < 100, token);
        assertTrue(token.startsWith("il1.c"), token);
    }

    @Test
    void rejectsWhatIsNotAToken() {
        var e = assertThrows(BadScheduleException.class, () -> ScheduleToken.decode("hello", MAIN));
        assertTrue(e.getMessage().contains("not a schedule token"), e.getMessage());
    }

    @Test
    void rejectsAForeignVersion() {
        String token = new Schedule(MAIN, Mode.COOPERATIVE, List.of(1, 2)).token().replace("il1.", "il9.");
        var e = assertThrows(BadScheduleException.class, () -> ScheduleToken.decode(token, MAIN));
        assertTrue(e.getMessage().contains("version 'il9'"), e.getMessage());
    }

    @Test
    void rejectsATokenRecordedForAnotherProgram() {
        String token = new Schedule(MAIN, Mode.COOPERATIVE, List.of(1, 2)).token();
        var e = assertThrows(BadScheduleException.class, () -> ScheduleToken.decode(token, "com.example.Other"));
        assertTrue(e.getMessage().contains("another program"), e.getMessage());
    }

    @Test
    void rejectsATruncatedChoice() {
        String token = new Schedule(MAIN, Mode.COOPERATIVE, List.of(300)).token();
        String truncated = token.substring(0, token.length() - 2) + "g";
        var e = assertThrows(BadScheduleException.class, () -> ScheduleToken.decode(truncated, MAIN));
        assertTrue(e.getMessage().contains("malformed"), e.getMessage());
    }
}
