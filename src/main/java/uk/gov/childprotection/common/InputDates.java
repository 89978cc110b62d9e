package uk.gov.childprotection.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * How a date given from outside is read, in the API and in forms alike: {@code yyyy-mm-dd} exactly (an ISO date
 * and time is taken by its date only when the whole of it is a valid time, so {@code 2026-12-01T25:00} is no
 * date), and only within years a child protection record can mean. A date such as {@code +999999999-12-31}
 * is refused at the door instead of overflowing a calculation later.
 */
public final class InputDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    public static final String OUT_OF_RANGE = "must be a date between " + EARLIEST + " and " + LATEST;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    /** The engine REST API's own date format, 2026-12-01T09:00:00.000+0000. */
    private static final DateTimeFormatter ENGINE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss[.SSS]XX")
            .withResolverStyle(ResolverStyle.STRICT);

    private InputDates() {
    }

    /**
     * A period a manager asks for (the dashboard, the feedback): both days given, the last not before the first,
     * at most five years; otherwise a 400 naming {@code from} or {@code to}.
     */
    public static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw InvalidSubmissionException.of(from == null ? "from" : "to",
                    "give the first and the last day of the period");
        }
        if (to.isBefore(from)) {
            throw InvalidSubmissionException.of("to", "must be on or after the first day of the period");
        }
        if (from.plusYears(5).isBefore(to)) {
            throw InvalidSubmissionException.of("to", "a period is at most five years");
        }
    }

    /** The date, or null when the text is not one. */
    public static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text, DATE);
            }
            if (text.length() > 10 && text.length() <= 40 && text.charAt(10) == 'T') {
                try {
                    return OffsetDateTime.parse(text).toLocalDate();
                } catch (DateTimeParseException notIso) {
                    try {
                        return OffsetDateTime.parse(text, ENGINE).toLocalDate();
                    } catch (DateTimeParseException noOffset) {
                        return LocalDateTime.parse(text).toLocalDate();
                    }
                }
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    public static boolean inRange(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }
}
