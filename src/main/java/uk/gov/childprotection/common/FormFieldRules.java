package uk.gov.childprotection.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The one place a submission is checked against its form: each field's type (text, date, checkbox, choice,
 * checklist), its length limit, for a choice with fixed options its value, and a required field sent empty.
 * The rules are read from the deployed form itself ({@code validate.maxLength}, {@code validate.required}, the
 * options), so a form and the server never disagree, and no limit is written twice; the task's own rules (which
 * fields go together, dates in order) stay with its listener. Each form is read once per deployed version.
 */
public final class FormFieldRules {

    /** Limits a field without its own {@code validate.maxLength} still has (every column is bounded). */
    public static final int DEFAULT_TEXT_LIMIT = 4000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, FormFieldRules> BY_DEFINITION = new ConcurrentHashMap<>();

    /** A field; a dynamic list's own fields are the rules of each of its rows ({@code rows}). */
    record Field(String key, String type, Integer maxLength, boolean required, Set<String> options,
            FormFieldRules rows, String label) {
    }

    private final Map<String, Field> fields;

    private FormFieldRules(Map<String, Field> fields) {
        this.fields = fields;
    }

    /** The rules of a form's JSON (as deployed). */
    public static FormFieldRules parse(byte[] form) {
        try {
            Map<String, Field> fields = new LinkedHashMap<>();
            collect(JSON.readTree(form), fields);
            return new FormFieldRules(fields);
        } catch (IOException e) {
            throw new IllegalStateException("A deployed form is not JSON", e);
        }
    }

    private static void collect(JsonNode node, Map<String, Field> fields) {
        for (JsonNode component : node.path("components")) {
            if ("dynamiclist".equals(component.path("type").asText()) && component.hasNonNull("path")) {
                // Its fields are named within each row: checked row by row, never as the form's own.
                Map<String, Field> row = new LinkedHashMap<>();
                collect(component, row);
                String path = component.get("path").asText();
                fields.put(path, new Field(path, "dynamiclist", null, false, Set.of(), new FormFieldRules(row),
                        component.path("label").asText(null)));
                continue;
            }
            if ("group".equals(component.path("type").asText()) && component.path("id").asText("")
                    .startsWith("Group_") && isDayMonthYear(component)) {
                // A date as its day, month and year boxes: the date is named by the group's label.
                String key = component.get("id").asText().substring("Group_".length());
                fields.put(key, new Field(key, "dayMonthYear", null, false, Set.of(), null,
                        component.path("label").asText(null)));
            }
            if (component.hasNonNull("key")) {
                JsonNode validate = component.path("validate");
                Set<String> options = new java.util.LinkedHashSet<>();
                component.path("values").forEach(option -> options.add(option.path("value").asText()));
                String key = component.get("key").asText();
                String label = component.hasNonNull("label") ? component.get("label").asText()
                        : component.path("dateLabel").asText(null);
                fields.put(key, new Field(key, component.path("type").asText(),
                        validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : null,
                        validate.path("required").asBoolean(false), options, null, label));
            }
            collect(component, fields);
        }
    }

    /**
     * The rules of the form the task shows (its {@code camunda:formRef}, latest deployed version), read inside
     * the engine's command; none for a task without a Camunda Form.
     */
    public static FormFieldRules of(DelegateTask task) {
        UserTask userTask = task.getBpmnModelElementInstance();
        if (userTask == null) {
            return null;
        }
        String formRef = userTask.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
        CommandContext context = Context.getCommandContext();
        if (formRef == null || context == null) {
            return null;
        }
        String binding = userTask.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRefBinding");
        CamundaFormDefinitionEntity definition;
        if ("deployment".equals(binding) && task.getProcessDefinitionId() != null) {
            String deployment = context.getProcessEngineConfiguration().getDeploymentCache()
                    .findDeployedProcessDefinitionById(task.getProcessDefinitionId()).getDeploymentId();
            definition = context.getCamundaFormDefinitionManager().findDefinitionByDeploymentAndKey(deployment,
                    formRef);
        } else {
            definition = context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formRef);
        }
        return rules(context, definition);
    }

    /** The rules of a deployed form by its id (latest version), read inside the engine's command. */
    public static FormFieldRules ofForm(String formRef) {
        CommandContext context = Context.getCommandContext();
        if (context == null) {
            return null;
        }
        return rules(context, context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formRef));
    }

    private static FormFieldRules rules(CommandContext context, CamundaFormDefinitionEntity definition) {
        if (definition == null) {
            return null;
        }
        String cacheKey = context.getProcessEngineConfiguration().getProcessEngineName() + "/"
                + definition.getDeploymentId() + "/" + definition.getId();
        return BY_DEFINITION.computeIfAbsent(cacheKey, id -> {
            ResourceEntity resource = context.getResourceManager().findResourceByDeploymentIdAndResourceName(
                    definition.getDeploymentId(), definition.getResourceName());
            return parse(resource.getBytes());
        });
    }

    private static boolean isDayMonthYear(JsonNode group) {
        String key = group.get("id").asText().substring("Group_".length());
        Set<String> keys = new java.util.HashSet<>();
        group.path("components").forEach(c -> keys.add(c.path("key").asText()));
        return keys.containsAll(DayMonthYear.fields(key));
    }

    /**
     * A field as the person reads it on the form: its label ("Date held"), a row's field with its list and row
     * ("Each child's decision, row 2: Decision for this child"); the key itself for one the form does not show.
     */
    public String label(String key) {
        int bracket = key.indexOf('[');
        if (bracket > 0 && key.indexOf("].", bracket) > 0) {
            Field list = fields.get(key.substring(0, bracket));
            int close = key.indexOf("].", bracket);
            if (list != null && list.rows() != null) {
                String row = key.substring(bracket + 1, close);
                String rowNumber = row.chars().allMatch(Character::isDigit)
                        ? String.valueOf(Integer.parseInt(row) + 1) : row;
                return (list.label() == null ? list.key() : list.label()) + ", row " + rowNumber + ": "
                        + list.rows().label(key.substring(close + 2));
            }
        }
        Field field = fields.get(key);
        return field == null || field.label() == null || field.label().isBlank() ? key : field.label();
    }

    public Integer maxLength(String key) {
        Field field = fields.get(key);
        return field == null ? null : field.maxLength();
    }

    public Set<String> keys() {
        return fields.keySet();
    }

    /** Each submitted value of this form's fields checked for type, length and fixed options. */
    public void check(Map<String, Object> submitted, Problems problems) {
        for (Field field : fields.values()) {
            if (submitted.containsKey(field.key())) {
                check(field, submitted.get(field.key()), problems);
            }
        }
    }

    private static void check(Field field, Object value, Problems problems) {
        String key = field.key();
        if (value == null || value instanceof SpinJsonNode json && json.isNull()
                || value instanceof String text && text.isBlank()) {
            // Sent empty although the form requires it (no required field of ours is ever hidden).
            problems.check(!field.required(), key, "is required");
            return;
        }
        switch (field.type()) {
            case "textfield", "textarea" -> {
                if (!(value instanceof String text)) {
                    problems.add(key, "must be text, not " + describe(value));
                    return;
                }
                int limit = field.maxLength() == null ? DEFAULT_TEXT_LIMIT : field.maxLength();
                problems.check(text.trim().length() <= limit, key,
                        "is " + text.trim().length() + " characters long; at most " + limit + " are allowed");
            }
            case "datetime" -> {
                if (!(value instanceof String || value instanceof Date || value instanceof java.time.LocalDate)) {
                    problems.add(key, "must be a date (yyyy-mm-dd), not " + describe(value));
                } else if (value instanceof String text && !text.isBlank()) {
                    java.time.LocalDate date = InputDates.parse(text.trim());
                    if (date == null) {
                        problems.add(key, "'" + shortened(text.trim()) + "' is not a date (use yyyy-mm-dd)");
                    } else if (!InputDates.inRange(date)) {
                        problems.add(key, InputDates.OUT_OF_RANGE);
                    }
                }
            }
            case "number" -> {
                // A day, a month, a year or a score: a whole number, as form-js sends it, or digits.
                boolean number = value instanceof Number
                        || value instanceof SpinJsonNode json && json.isNumber()
                        || value instanceof String text && text.trim().matches("-?\\d{1,9}");
                problems.check(number, key, "must be a whole number, not " + describe(value));
            }
            case "checkbox" -> {
                if (!(value instanceof Boolean
                        || value instanceof String text && (text.equals("true") || text.equals("false")))) {
                    problems.add(key, "must be true or false, not " + describe(value));
                }
            }
            case "radio", "select" -> {
                if (!(value instanceof String text)) {
                    problems.add(key, "must be one of " + field.options() + ", not " + describe(value));
                } else if (!field.options().isEmpty() && !text.isBlank() && !field.options().contains(text)) {
                    problems.add(key, "'" + shortened(text) + "' is not one of " + field.options());
                }
            }
            case "checklist", "taglist" -> checkList(field, value, problems);
            case "dynamiclist" -> {
                List<Map<String, Object>> rows = FormValues.rowMaps(value);
                if (rows == null) {
                    problems.add(key, "must be a list of rows, not " + describe(value));
                    return;
                }
                for (int i = 0; i < rows.size(); i++) {
                    if (rows.get(i) == null) {
                        problems.add(key + "[" + i + "]", "must be a row of the list");
                    } else {
                        field.rows().check(rows.get(i), problems.within(key + "[" + i + "]."));
                    }
                }
            }
            default -> {
                if (value instanceof String text && text.length() > DEFAULT_TEXT_LIMIT) {
                    problems.add(key, "is too long; at most " + DEFAULT_TEXT_LIMIT + " characters are allowed");
                }
            }
        }
    }

    private static void checkList(Field field, Object value, Problems problems) {
        List<Object> elements = new ArrayList<>();
        if (value instanceof SpinJsonNode json && json.isArray()) {
            json.elements().forEach(e -> elements.add(e.isString() ? e.stringValue() : e));
        } else if (value instanceof Collection<?> collection) {
            elements.addAll(collection);
        } else if (value instanceof String text) {
            String trimmed = text.trim();
            if (trimmed.startsWith("[")) {
                try {
                    JSON.readTree(trimmed).forEach(e -> elements.add(e.isTextual() ? e.asText() : e));
                } catch (IOException e) {
                    problems.add(field.key(), "is not a list of choices");
                    return;
                }
            } else if (!trimmed.isEmpty()) {
                elements.addAll(List.of(trimmed.split(",")));
            }
        } else {
            problems.add(field.key(), "must be a list of choices, not " + describe(value));
            return;
        }
        if (elements.size() > Math.max(50, field.options().size())) {
            problems.add(field.key(), "has too many choices");
            return;
        }
        for (Object element : elements) {
            if (!(element instanceof String text)) {
                problems.add(field.key(), "each choice must be one of " + field.options() + ", not "
                        + describe(element));
                return;
            }
            if (!field.options().isEmpty() && !field.options().contains(text.trim())) {
                problems.add(field.key(), "'" + shortened(text) + "' is not one of " + field.options());
                return;
            }
        }
    }

    private static String describe(Object value) {
        if (value instanceof SpinJsonNode json) {
            return json.isArray() ? "a list" : json.isObject() ? "a JSON object" : json.isNumber() ? "a number"
                    : json.isBoolean() ? "true/false" : "JSON";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "true/false";
        }
        if (value instanceof Collection<?> || value instanceof Object[]) {
            return "a list";
        }
        if (value instanceof String) {
            return "text";
        }
        return "a " + value.getClass().getSimpleName();
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
