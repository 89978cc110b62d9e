package uk.gov.childprotection.common;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects every problem with a submission before refusing it, so a person corrects everything in one go. */
public final class Problems {

    private final Map<String, String> errors;
    /** Put before every field named here: a row of a list ({@code children[1].}) reports into its form. */
    private final String prefix;

    public Problems() {
        this(new LinkedHashMap<>(), "");
    }

    private Problems(Map<String, String> errors, String prefix) {
        this.errors = errors;
        this.prefix = prefix;
    }

    /** The problems of one row of a list, named {@code prefix + field} among this submission's. */
    public Problems within(String rowPrefix) {
        return new Problems(errors, prefix + rowPrefix);
    }

    public Problems add(String field, String message) {
        errors.putIfAbsent(prefix + field, message);
        return this;
    }

    public Problems check(boolean ok, String field, String message) {
        if (!ok) {
            add(field, message);
        }
        return this;
    }

    public boolean has(String field) {
        return errors.containsKey(prefix + field);
    }

    /** What was found so far, field by field, in the order found. */
    public Map<String, String> fieldErrors() {
        return java.util.Collections.unmodifiableMap(errors);
    }

    /** Forgets what was found about one field (a check that does not apply where the caller uses it). */
    public void remove(String field) {
        errors.remove(prefix + field);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Throws when anything was found; the caller stores nothing before this returns. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
    }
}
