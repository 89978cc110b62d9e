package uk.gov.childprotection.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * What a person submitted cannot be stored, and why, field by field. Thrown from a task's complete listener it
 * fails the completion (Tasklist shows the message, /engine-rest answers 400) and rolls the transaction back,
 * so nothing is half-saved; thrown from the API it becomes a 400 ProblemDetail.
 */
public class InvalidSubmissionException extends FormFieldValidationException {

    private final Map<String, String> fieldErrors;

    public InvalidSubmissionException(Map<String, String> fieldErrors) {
        super("submission", message(fieldErrors));
        this.fieldErrors = Map.copyOf(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidSubmissionException of(String field, String message) {
        return new InvalidSubmissionException(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    private static String message(Map<String, String> errors) {
        return "Please correct: " + errors.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; "));
    }
}
