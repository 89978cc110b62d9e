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
    /** How the form names each field, when the refusal came from a form ({@link #inWords}). */
    private transient java.util.function.UnaryOperator<String> labels = key -> key;

    public InvalidSubmissionException(Map<String, String> fieldErrors) {
        super("submission", message(fieldErrors));
        // In the order found, which is the order of the form: the summary lists them so.
        this.fieldErrors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidSubmissionException of(String field, String message) {
        return new InvalidSubmissionException(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** Names the fields as the form does, for {@link #inWords}. */
    public InvalidSubmissionException labelled(java.util.function.UnaryOperator<String> labelOfKey) {
        this.labels = labelOfKey;
        return this;
    }

    /**
     * What a person is shown: each field by its label on the form, and what to do ("Please correct: Date held:
     * must not be in the future"); a message that already starts with the field's name is not prefixed again.
     */
    public String inWords() {
        return "Please correct: " + String.join("; ", inWordsByField().values());
    }

    /** Each field's problem as a person reads it, by the field's name: what the form marks beside each field. */
    public Map<String, String> inWordsByField() {
        Map<String, String> words = new LinkedHashMap<>();
        fieldErrors.forEach((key, message) -> {
            String label = labels.apply(key);
            words.put(key, message.toLowerCase(java.util.Locale.ROOT).startsWith(label.toLowerCase(java.util.Locale.ROOT))
                    ? message : label + ": " + message);
        });
        return words;
    }

    private static String message(Map<String, String> errors) {
        return "Please correct: " + errors.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; "));
    }
}
