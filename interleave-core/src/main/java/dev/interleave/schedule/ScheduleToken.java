package dev.interleave.schedule;

import dev.interleave.Mode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;

/**
 * A schedule as a short token: {@code il1.<mode><target>.<choices>}, where {@code il1} is the
 * format's version, the mode is the first letter of its label ({@code c}ooperative, {@code s}ync,
 * {@code p}reemptive: {@link Mode} keeps them distinct),
 * the target is four hex digits of a checksum of what the schedule was recorded for, and the
 * choices are variable-length integers in URL-safe base64. The document's race shrinks to a token
 * of about 20 characters.
 */
public final class ScheduleToken {

    public static final String VERSION = "il1";

    private ScheduleToken() {
    }

    public static String encode(Schedule schedule) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int choice : schedule.choices()) {
            writeVarint(bytes, choice);
        }
        return VERSION + "." + modeLetter(schedule.mode()) + targetHash(schedule.target()) + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    /**
     * Reads a token recorded for {@code target}.
     *
     * @throws BadScheduleException naming what is wrong: not a token, another version, or a
     *                              token recorded for another target
     */
    public static Schedule decode(String token, String target) {
        String[] parts = token.strip().split("\\.", -1);
        if (parts.length != 3 || parts[1].length() != 5) {
            throw new BadScheduleException("not a schedule token: '" + token + "'");
        }
        if (!parts[0].equals(VERSION)) {
            throw new BadScheduleException("schedule token version '" + parts[0] + "' is not supported (this is " + VERSION + ")");
        }
        Mode mode = modeOf(parts[1].charAt(0));
        if (!parts[1].substring(1).equals(targetHash(target))) {
            throw new BadScheduleException("this schedule was recorded for another program, not " + target);
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new BadScheduleException("malformed schedule token: " + e.getMessage());
        }
        List<Integer> choices = new ArrayList<>();
        int value = 0;
        int shift = 0;
        for (byte b : bytes) {
            if (shift > 28) {
                throw new BadScheduleException("malformed schedule token: a choice is too large");
            }
            value |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                choices.add(value);
                value = 0;
                shift = 0;
            } else {
                shift += 7;
            }
        }
        if (shift != 0) {
            throw new BadScheduleException("malformed schedule token: it ends inside a choice");
        }
        return new Schedule(target, mode, choices);
    }

    static String targetHash(String target) {
        CRC32 crc = new CRC32();
        crc.update(target.getBytes(StandardCharsets.UTF_8));
        return String.format("%04x", crc.getValue() & 0xffff);
    }

    private static char modeLetter(Mode mode) {
        return mode.label().charAt(0);
    }

    private static Mode modeOf(char letter) {
        for (Mode mode : Mode.values()) {
            if (modeLetter(mode) == letter) {
                return mode;
            }
        }
        throw new BadScheduleException("schedule token has unknown mode '" + letter + "'");
    }

    private static void writeVarint(ByteArrayOutputStream out, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative choice " + value);
        }
        while (value >= 0x80) {
            out.write((value & 0x7f) | 0x80);
            value >>>= 7;
        }
        out.write(value);
    }
}
