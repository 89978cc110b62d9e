package uk.gov.childprotection.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.gov.childprotection.common.InvalidSubmissionException;
import uk.gov.childprotection.common.ProcessVariables;
import uk.gov.childprotection.common.RefusedSubmissionFilter;

/**
 * A submission through an engine door never sets an engine id ({@link ProcessVariables#SERVER_SET}): completing
 * a task, submitting its form, starting a process or setting a task's variables with {@code caseReference},
 * {@code conferenceId}, ... is refused with 400 and a message, before the engine sees it. Otherwise a worker
 * completing their own task could make the process store the record on another child's case. A direct start of
 * a process that is only ever called is refused here too, with 403, before the engine begins it (a called
 * process may read its inputs as it starts, so the engine's own refusal would come as a failure).
 */
class EngineIdGuard extends OncePerRequestFilter {

    /** Task and start submissions, in /engine-rest and the webapps' /camunda/api/engine/engine/{name}. */
    private static final Pattern SUBMISSION = Pattern.compile(
            ".*/(task/[^/]+/(complete|submit-form|resolve)|process-definition/.+/(start|submit-form))");
    private static final Pattern TASK_VARIABLES = Pattern.compile(".*/task/[^/]+/(variables|localVariables)");
    private static final Pattern TASK_VARIABLE = Pattern.compile(".*/task/[^/]+/(?:variables|localVariables)/([^/]+)(/data)?");
    /** A body larger than this is not a form: refused before it is read. */
    private static final int MAX_BODY = 5 * 1024 * 1024;

    private static final Pattern START = Pattern.compile(
            ".*/process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(?:start|submit-form)");

    private final ObjectMapper json = new ObjectMapper();
    private final java.util.function.Function<String, String> keyOfDefinitionId;

    EngineIdGuard(java.util.function.Function<String, String> keyOfDefinitionId) {
        this.keyOfDefinitionId = keyOfDefinitionId;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        String method = request.getMethod();
        Matcher start = START.matcher(path);
        if ("POST".equals(method) && start.matches()) {
            String key = start.group(1) != null ? start.group(1) : keyOfDefinitionId.apply(start.group(2));
            if (key != null && CaseTaskAuthorizations.CALLED_ONLY.contains(key)) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                json.writeValue(response.getOutputStream(), Map.of("type", "AuthorizationException", "message",
                        "'" + key + "' is started by the case itself, never directly."));
                return;
            }
        }
        Matcher single = TASK_VARIABLE.matcher(path);
        if (("PUT".equals(method) || "POST".equals(method) || "DELETE".equals(method)) && single.matches()) {
            String name = java.net.URLDecoder.decode(single.group(1), StandardCharsets.UTF_8);
            if (ProcessVariables.SERVER_SET.contains(name)) {
                refuse(request, response, Map.of(name, "is set by the system and cannot be changed"));
                return;
            }
            if ("PUT".equals(method) && single.group(2) == null) {
                // One value set on a task: the same plain types as a submission.
                byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
                Map<String, String> errors = new LinkedHashMap<>();
                if (body.length > MAX_BODY) {
                    errors.put(name, "is too large");
                } else {
                    try {
                        checkShapes(json.createObjectNode().set(name, json.readTree(body)), errors);
                    } catch (IOException notJson) {
                        // The engine answers that itself (400).
                    }
                }
                if (!errors.isEmpty()) {
                    refuse(request, response, errors);
                    return;
                }
                chain.doFilter(new ReplayedBody(request, body), response);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        boolean submission = "POST".equals(method) && SUBMISSION.matcher(path).matches();
        boolean variables = "POST".equals(method) && TASK_VARIABLES.matcher(path).matches();
        if (!submission && !variables) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY) {
            refuse(request, response, Map.of("body", "is too large for a form"));
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            refuse(request, response, Map.of("body", "is too large for a form"));
            return;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            JsonNode root = body.length == 0 ? null : json.readTree(body);
            String container = submission ? "variables" : "modifications";
            if (root == null || !root.isObject()) {
                errors.put("body", "must be a JSON object, for a form {\"variables\": {\"field\": {\"value\": ...}}}");
            } else {
                JsonNode values = root.get(container);
                if (values != null && !values.isNull() && !values.isObject()) {
                    errors.put(container, "must be an object naming each field");
                }
                check(values, errors);
                checkShapes(values, errors);
                JsonNode deletions = root.get("deletions");
                if (variables && deletions != null && deletions.isArray()) {
                    deletions.forEach(name -> {
                        if (ProcessVariables.SERVER_SET.contains(name.asText())) {
                            errors.put(name.asText(), "is set by the system and cannot be changed");
                        }
                    });
                }
            }
        } catch (IOException notJson) {
            // Not JSON: the engine's REST API answers that itself (400), and no id can hide in it.
        }
        if (!errors.isEmpty()) {
            refuse(request, response, errors);
            return;
        }
        chain.doFilter(new ReplayedBody(request, body), response);
    }

    private static void check(JsonNode variables, Map<String, String> errors) {
        if (variables == null || !variables.isObject()) {
            return;
        }
        variables.fieldNames().forEachRemaining(name -> {
            if (ProcessVariables.SERVER_SET.contains(name)) {
                errors.put(name, "is set by the system and cannot be submitted");
            }
        });
    }

    /** The value types a form or an integration submits; anything else (Object, File, Bytes, Xml) is refused. */
    private static final java.util.Set<String> VALUE_TYPES = java.util.Set.of("string", "boolean", "integer",
            "long", "short", "double", "date", "json", "null");

    /**
     * Each submitted value is {@code {"value": ..., "type": ...}} of a plain type: text, a number, true or false,
     * a date or JSON (a checklist). A serialized Java object is never accepted from outside (it would be
     * deserialized inside the engine), nor a value whose JSON does not parse.
     */
    private void checkShapes(JsonNode variables, Map<String, String> errors) {
        if (variables == null || !variables.isObject()) {
            return;
        }
        variables.fields().forEachRemaining(entry -> {
            String name = entry.getKey();
            JsonNode variable = entry.getValue();
            if (errors.containsKey(name)) {
                return;
            }
            if (variable == null || !variable.isObject()) {
                errors.put(name, "must be given as {\"value\": ..., \"type\": ...}");
                return;
            }
            JsonNode type = variable.get("type");
            String typeName = type == null || type.isNull() ? null : type.asText().toLowerCase(java.util.Locale.ROOT);
            JsonNode info = variable.get("valueInfo");
            boolean serialized = info != null && (info.has("objectTypeName") || info.has("serializationDataFormat"));
            if (typeName != null && !VALUE_TYPES.contains(typeName) || serialized) {
                errors.put(name, "a value of type " + (type == null ? "Object" : type.asText()) + " is not accepted:"
                        + " send text, a number, true or false, a date or JSON");
                return;
            }
            JsonNode value = variable.get("value");
            if (value != null && value.isContainerNode()) {
                errors.put(name, "must be text, a number, true or false (JSON goes as text with type Json)");
                return;
            }
            if ("json".equals(typeName) && value != null && !value.isNull()) {
                try {
                    if (!value.isTextual() || json.readTree(value.asText()) == null) {
                        errors.put(name, "is not valid JSON");
                    }
                } catch (IOException notJson) {
                    errors.put(name, "is not valid JSON");
                }
            }
        });
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, Map<String, String> errors)
            throws IOException {
        RefusedSubmissionFilter.refuse(request, response, new InvalidSubmissionException(errors));
    }
}
