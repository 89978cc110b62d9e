package uk.gov.childprotection.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A date as UK staff type it: day, month and year in three boxes (the GOV.UK date input), never a picker that reads
 * 14/03/2019 month first. A Tasklist form asks for date {@code K} as the number fields {@code KDay}, {@code KMonth}
 * and {@code KYear}; the server reads them here, strictly (31 2 2027 is not a date), and a date the form starts
 * with is put into its three boxes. An API client may still send {@code K} itself as yyyy-mm-dd.
 */
public final class DayMonthYear {

    public static final List<String> PARTS = List.of("Day", "Month", "Year");

    private DayMonthYear() {
    }

    /** The three fields of date {@code key}. */
    public static List<String> fields(String key) {
        return PARTS.stream().map(part -> key + part).toList();
    }

    /** Whether the submission holds any of the three boxes of date {@code key}. */
    static boolean given(Map<String, Object> values, String key) {
        return fields(key).stream().anyMatch(values::containsKey);
    }

    /**
     * The date in the three boxes; none when all are empty; a problem in words under {@code key} (and none
     * read) when a box is missing, not a whole number, or the three do not make a real date.
     */
    static LocalDate read(Map<String, Object> values, String key, Problems problems) {
        List<String> missing = new ArrayList<>();
        Integer[] numbers = new Integer[3];
        boolean any = false;
        for (int i = 0; i < 3; i++) {
            Object value = FormValues.unwrapValue(values.get(key + PARTS.get(i)));
            String text = value == null ? "" : value.toString().trim();
            if (text.isEmpty()) {
                missing.add(PARTS.get(i).toLowerCase());
                continue;
            }
            any = true;
            numbers[i] = wholeNumber(text);
            if (numbers[i] == null) {
                problems.add(key, "must be a real date, in numbers, for example 14 3 2019");
                return null;
            }
        }
        if (!any) {
            return null;
        }
        if (!missing.isEmpty()) {
            problems.add(key, "must include a " + String.join(" and a ", missing));
            return null;
        }
        if (numbers[2] < 1000) {
            problems.add(key, "the year must have 4 numbers, for example 2019");
            return null;
        }
        try {
            LocalDate date = LocalDate.of(numbers[2], numbers[1], numbers[0]);
            if (!InputDates.inRange(date)) {
                problems.add(key, InputDates.OUT_OF_RANGE);
                return null;
            }
            return date;
        } catch (DateTimeException notADate) {
            problems.add(key, "must be a real date: there is no day " + numbers[0] + " in month " + numbers[1]
                    + (numbers[1] >= 1 && numbers[1] <= 12 ? "" : " (months are 1 to 12)"));
            return null;
        }
    }

    /** 14, "14", 14.0: a whole number; anything else is none. */
    private static Integer wholeNumber(String text) {
        try {
            double number = Double.parseDouble(text);
            return number == Math.rint(number) && Math.abs(number) < 100000 ? (int) number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The three boxes' values for a date a form starts with. */
    public static Map<String, Object> boxes(String key, LocalDate date) {
        return Map.of(key + "Day", (long) date.getDayOfMonth(), key + "Month", (long) date.getMonthValue(),
                key + "Year", (long) date.getYear());
    }
}
