package uk.gov.childprotection.common;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns refusals into RFC 7807 problem details that name each field to correct. Each refusal is logged here
 * once, as one INFO line with the request (so the case reference) and the fields, never their values: a
 * refusal is an answer, not an error.
 */
@RestControllerAdvice(basePackages = "uk.gov.childprotection")
public class ApiExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidSubmissionException.class)
    ProblemDetail invalid(InvalidSubmissionException e, HttpServletRequest request) {
        return badRequest(request, e.fieldErrors());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getBindingResult().getFieldErrors()
                .forEach(error -> errors.putIfAbsent(error.getField(), error.getDefaultMessage()));
        e.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.putIfAbsent(error.getObjectName(), error.getDefaultMessage()));
        return badRequest(request, errors);
    }

    /** A query parameter that is not of its kind (a UK date where the API takes ISO dates): named, with an example. */
    @ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException e,
            HttpServletRequest request) {
        Class<?> type = e.getRequiredType();
        String value = String.valueOf(e.getValue());
        value = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        String message = type == java.time.LocalDate.class
                ? "'" + value + "' is not a date: write it as year-month-day, for example 2026-12-31"
                : "'" + value + "' is not a valid value";
        return badRequest(request, Map.of(e.getName(), message));
    }

    @ExceptionHandler(org.springframework.web.bind.MissingServletRequestParameterException.class)
    ProblemDetail missing(org.springframework.web.bind.MissingServletRequestParameterException e,
            HttpServletRequest request) {
        return badRequest(request, Map.of(e.getParameterName(), "is required"));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        Throwable cause = e.getCause();
        if (cause instanceof com.fasterxml.jackson.core.JsonParseException parse && parse.getOriginalMessage() != null
                && parse.getOriginalMessage().startsWith("Duplicate field '")) {
            String field = parse.getOriginalMessage().substring("Duplicate field '".length());
            field = field.substring(0, Math.max(0, field.indexOf('\'')));
            return badRequest(request, Map.of(field, "is given twice"));
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return badRequest(request, Map.of(path(unknown), "is not a field of this request"));
        }
        if (cause instanceof InvalidFormatException format && !format.getPath().isEmpty()) {
            String value = String.valueOf(format.getValue());
            value = value.length() > 40 ? value.substring(0, 40) + "..." : value;
            String message = "'" + value + "' is not a valid value";
            if (format.getTargetType() == java.time.LocalDate.class) {
                if (format.getOriginalMessage() != null
                        && format.getOriginalMessage().contains(InputDates.OUT_OF_RANGE)) {
                    message += ": it " + InputDates.OUT_OF_RANGE;
                }
            } else {
                message += ": it must be " + expected(format.getTargetType());
            }
            return badRequest(request, Map.of(path(format), message));
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return badRequest(request, Map.of(path(mismatch), "must be " + expected(mismatch.getTargetType())));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return badRequest(request, Map.of(path(mapping), "cannot be read"));
        }
        return badRequest(request, Map.of("body", cause instanceof MismatchedInputException
                ? "must be a JSON object with the request's fields" : "is not valid JSON"));
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e, HttpServletRequest request) {
        LOG.info("Answered 409 to {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Not possible for this case now");
        return problem;
    }

    @ExceptionHandler(RefusedException.class)
    ProblemDetail refused(RefusedException e, HttpServletRequest request) {
        LOG.info("Answered 403 to {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Not allowed");
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
        LOG.info("Answered 404 to {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    /** What a field of that Java type takes, in a person's words. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another kind";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == String.class) {
            return "text";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (yyyy-mm-dd)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a whole number";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object with its own fields";
    }

    private static ProblemDetail badRequest(HttpServletRequest request, Map<String, String> errors) {
        LOG.info("Refused {} {}: fields {}", request.getMethod(), request.getRequestURI(),
                String.join(", ", errors.keySet()));
        return badRequest(errors);
    }

    private static ProblemDetail badRequest(Map<String, String> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining("; ")));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
