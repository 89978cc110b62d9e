package uk.gov.childprotection.common;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one 24-hour clock: what a person may type for a time of day ("09:30", "9:30", or "9.30" as people write it)
 * and how the system writes one ("09:30"), in the booking, the parents' separate parts and the letters.
 */
public final class Clock24 {

    /** The words a refusal uses, so that every time field explains itself the same way. */
    public static final String HOW = "use the 24-hour clock, for example 09:30 or 14:00";

    private static final Pattern TYPED = Pattern.compile("([01]?\\d|2[0-3])[:.]([0-5]\\d)");
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("HH:mm");

    private Clock24() {
    }

    /** The time typed, or null when it is not a time on the 24-hour clock. */
    public static LocalTime parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher clock = TYPED.matcher(text.trim());
        return clock.matches() ? LocalTime.of(Integer.parseInt(clock.group(1)), Integer.parseInt(clock.group(2)))
                : null;
    }

    /** "09:30". */
    public static String format(LocalTime time) {
        return time.format(WRITTEN);
    }
}
