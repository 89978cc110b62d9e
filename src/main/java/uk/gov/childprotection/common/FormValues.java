package uk.gov.childprotection.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads what a Camunda Form (or an /engine-rest client) submitted, whatever the transport made of it: dates as
 * ISO strings or Dates, booleans as booleans or strings, checklists and dynamic lists as Spin JSON or Java
 * lists, text areas as lines. A value that cannot be read is recorded as a problem under its field name, never guessed.
 */
public final class FormValues {

    private final Map<String, Object> values;
    private final Problems problems;

    private FormValues(Map<String, Object> values, Problems problems) {
        this.values = values;
        this.problems = problems;
    }

    public static FormValues of(VariableScope scope, Problems problems) {
        return new FormValues(new LinkedHashMap<>(scope.getVariables()), problems);
    }

    public static FormValues of(Map<String, Object> values, Problems problems) {
        return new FormValues(new LinkedHashMap<>(values), problems);
    }

    public Problems problems() {
        return problems;
    }

    /** Whether the submission holds the field at all (even empty). */
    public boolean has(String key) {
        return values.containsKey(key) && values.get(key) != null;
    }

    /** Whether the submission holds a value, or for a date any of its day, month and year boxes. */
    public boolean hasDate(String key) {
        return has(key) || DayMonthYear.given(values, key);
    }

    /** A trimmed text, or null when absent or blank. */
    public String text(String key) {
        Object value = unwrap(values.get(key));
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    public String requiredText(String key, String label) {
        String text = text(key);
        problems.check(text != null, key, label + " is required");
        return text;
    }

    public LocalDate date(String key) {
        if (!has(key) && DayMonthYear.given(values, key)) {
            return DayMonthYear.read(values, key, problems);
        }
        Object value = unwrap(values.get(key));
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date || value instanceof LocalDate) {
            LocalDate date = value instanceof Date instant
                    ? instant.toInstant().atZone(uk.gov.childprotection.calendar.Today.ENGLAND).toLocalDate()
                    : (LocalDate) value;
            if (!InputDates.inRange(date)) {
                problems.add(key, InputDates.OUT_OF_RANGE);
                return null;
            }
            return date;
        }
        String text = value.toString().trim();
        LocalDate date = InputDates.parse(text);
        if (date == null) {
            problems.add(key, "'" + (text.length() > 40 ? text.substring(0, 40) + "..." : text)
                    + "' is not a date (use yyyy-mm-dd)");
        } else if (!InputDates.inRange(date)) {
            problems.add(key, InputDates.OUT_OF_RANGE);
            return null;
        }
        return date;
    }

    public LocalDate requiredDate(String key, String label) {
        boolean alreadyBad = problems.has(key);
        LocalDate date = date(key);
        if (date == null && !alreadyBad && !problems.has(key)) {
            problems.add(key, label + " is required");
        }
        return date;
    }

    /** A time on the 24-hour clock ("09:30", or "9:30"); required, and refused in plain words otherwise. */
    public java.time.LocalTime requiredTime(String key, String label) {
        String text = requiredText(key, label);
        if (text == null) {
            return null;
        }
        java.time.LocalTime time = Clock24.parse(text);
        if (time == null) {
            problems.add(key, label + ": " + Clock24.HOW);
        }
        return time;
    }

    public boolean flag(String key) {
        Object value = unwrap(values.get(key));
        if (value instanceof Boolean bool) {
            return bool;
        }
        return value != null && Boolean.parseBoolean(value.toString().trim());
    }

    public Integer integer(String key) {
        Object value = unwrap(values.get(key));
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return Integer.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            problems.add(key, "'" + value + "' is not a whole number");
            return null;
        }
    }

    /** One of the enum's names; null (with a problem) for anything else. */
    public <E extends Enum<E>> E choice(String key, Class<E> type, String label) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            problems.add(key, label + " '" + text + "' is not one of " + List.of(type.getEnumConstants()));
            return null;
        }
    }

    public <E extends Enum<E>> E requiredChoice(String key, Class<E> type, String label) {
        E choice = choice(key, type, label);
        if (choice == null && !problems.has(key)) {
            problems.add(key, label + " is required");
        }
        return choice;
    }

    /** A text area read as a list: its non-blank lines, trimmed (one entry per line). */
    public List<String> lines(String key) {
        String text = text(key);
        List<String> result = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    result.add(line.trim());
                }
            }
        }
        return result;
    }

    /**
     * A dynamic list: one form per row, whose problems are named {@code key[i].field} among this form's. A row
     * that is not an object is refused.
     */
    public List<FormValues> rows(String key) {
        Object value = values.get(key);
        List<FormValues> rows = new ArrayList<>();
        List<Map<String, Object>> maps = rowMaps(value);
        if (maps == null) {
            problems.add(key, "must be a list");
            return rows;
        }
        for (int i = 0; i < maps.size(); i++) {
            if (maps.get(i) == null) {
                problems.add(key + "[" + i + "]", "must be a row of the list");
            } else {
                rows.add(new FormValues(maps.get(i), problems.within(key + "[" + i + "].")));
            }
        }
        return rows;
    }

    /**
     * A dynamic list's rows as field maps (a row that is not an object is null); null when the value is not a
     * list at all; empty for no value.
     */
    static List<Map<String, Object>> rowMaps(Object value) {
        if (value instanceof String text && text.trim().startsWith("[")) {
            try {
                value = org.camunda.spin.Spin.JSON(text.trim());
            } catch (RuntimeException notJson) {
                return null;
            }
        }
        if (value == null) {
            return List.of();
        }
        List<?> elements = value instanceof SpinJsonNode json && json.isArray() ? json.elements()
                : value instanceof List<?> list ? list : null;
        if (elements == null) {
            return null;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object element : elements) {
            Map<String, Object> row = new LinkedHashMap<>();
            if (element instanceof SpinJsonNode node && node.isObject()) {
                for (String name : node.fieldNames()) {
                    SpinJsonNode field = node.prop(name);
                    row.put(name, field.isArray() || field.isObject() ? field : unwrap(field));
                }
            } else if (element instanceof Map<?, ?> map) {
                map.forEach((k, v) -> row.put(String.valueOf(k), v));
            }
            rows.add(element instanceof SpinJsonNode node && node.isObject() || element instanceof Map<?, ?> ? row : null);
        }
        return rows;
    }

    /** A checklist or tag list: the chosen values as strings. */
    public List<String> list(String key) {
        Object value = values.get(key);
        List<String> result = new ArrayList<>();
        if (value instanceof SpinJsonNode json && json.isArray()) {
            json.elements().forEach(e -> result.add(e.isString() ? e.stringValue() : e.toString()));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(e -> result.add(String.valueOf(unwrap(e))));
        } else if (value instanceof String text && !text.isBlank()) {
            String trimmed = text.trim();
            if (trimmed.startsWith("[")) {
                org.camunda.spin.Spin.JSON(trimmed).elements().forEach(e -> result.add(e.stringValue()));
            } else {
                for (String part : trimmed.split(",")) {
                    if (!part.isBlank()) {
                        result.add(part.trim());
                    }
                }
            }
        }
        return result;
    }

    public <E extends Enum<E>> List<E> choices(String key, Class<E> type, String label) {
        List<E> result = new ArrayList<>();
        for (String name : list(key)) {
            try {
                result.add(Enum.valueOf(type, name));
            } catch (IllegalArgumentException e) {
                problems.add(key, label + " '" + name + "' is not one of " + List.of(type.getEnumConstants()));
            }
        }
        return result;
    }

    static Object unwrapValue(Object value) {
        return unwrap(value);
    }

    private static Object unwrap(Object value) {
        if (value instanceof SpinJsonNode json) {
            if (json.isNull()) {
                return null;
            }
            if (json.isString()) {
                return json.stringValue();
            }
            if (json.isBoolean()) {
                return json.boolValue();
            }
            if (json.isNumber()) {
                return json.numberValue();
            }
        }
        return value;
    }
}
