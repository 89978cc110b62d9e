package uk.gov.childprotection.common;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects every problem with a submission before refusing it, so a person corrects everything in one go. */
public final class Problems {

    private final Map<String, String> errors = new LinkedHashMap<>();

    public Problems add(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    public Problems check(boolean ok, String field, String message) {
        if (!ok) {
            add(field, message);
        }
        return this;
    }

    public boolean has(String field) {
        return errors.containsKey(field);
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
