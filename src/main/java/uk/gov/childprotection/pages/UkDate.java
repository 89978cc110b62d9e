package uk.gov.childprotection.pages;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date as a person types it in the GOV.UK date input: day, month and year in three boxes, so 14/03/2019 can
 * only ever be 14 March 2019. Each problem is said in the Design System's words for {@code what}.
 */
record UkDate(String day, String month, String year) {

    /** The date, or the reason it is not one (exactly one of the two is set). */
    record Read(LocalDate date, String problem) {
    }

    boolean isEmpty() {
        return blank(day) && blank(month) && blank(year);
    }

    Read read(String what) {
        if (isEmpty()) {
            return new Read(null, "Enter " + what);
        }
        StringBuilder missing = new StringBuilder();
        if (blank(day)) {
            missing.append("a day");
        }
        if (blank(month)) {
            missing.append(missing.length() > 0 ? " and a month" : "a month");
        }
        if (blank(year)) {
            missing.append(missing.length() > 0 ? " and a year" : "a year");
        }
        if (missing.length() > 0) {
            return new Read(null, capitalised(what) + " must include " + missing);
        }
        Integer d = number(day);
        Integer m = number(month);
        Integer y = number(year);
        if (d == null || m == null || y == null || year.trim().length() != 4) {
            return new Read(null, capitalised(what) + " must be a real date, with the year in 4 digits, "
                    + "for example 27 3 2019");
        }
        try {
            return new Read(LocalDate.of(y, m, d), null);
        } catch (DateTimeException notADay) {
            return new Read(null, capitalised(what) + " must be a real date");
        }
    }

    static UkDate of(LocalDate date) {
        return date == null ? new UkDate("", "", "")
                : new UkDate(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                        String.valueOf(date.getYear()));
    }

    private static Integer number(String text) {
        String digits = text.trim();
        if (!digits.matches("\\d{1,4}")) {
            return null;
        }
        return Integer.valueOf(digits);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
