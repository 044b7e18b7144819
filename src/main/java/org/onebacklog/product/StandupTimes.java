package org.onebacklog.product;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** A stand-up time as the team writes it: "09:30", "9:30" (hours 0–23, minutes 00–59). Plain Java. */
public final class StandupTimes {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);

    private StandupTimes() {
    }

    /** The time of day, or null if the text is not one. */
    public static LocalTime parse(String time) {
        if (time == null || !time.strip().matches("\\d{1,2}:\\d{2}")) {
            return null;
        }
        String text = time.strip();
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text, HH_MM);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** "09:30". */
    public static String format(LocalTime time) {
        return time.format(HH_MM);
    }
}
