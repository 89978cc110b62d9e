package uk.gov.childprotection.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The adapter between one user task's Camunda Form and a domain service. On create it may put values the form
 * shows or starts with into task-local variables (they vanish with the task). On complete it reads what was
 * submitted, lets the service validate and store it (a refusal fails the completion and rolls everything
 * back), and then drops the submitted business fields from the process: the domain tables keep the record,
 * the process keeps only ids and the decisions its gateways read.
 */
public abstract class FormTaskListener implements TaskListener {

    @Override
    public final void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            prefill(task);
            intoDayMonthYearBoxes(task);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            try {
                Map<String, Object> submitted = submitted(task);
                Problems problems = new Problems();
                // Type, length and fixed choices, as the deployed form states them, before the domain reads any.
                FormFieldRules rules = FormFieldRules.of(task);
                if (rules != null) {
                    rules.check(submitted, problems);
                    // A value no field of the form has would be kept in the process: never one too long for it.
                    task.getVariablesLocal().forEach((name, value) -> tooLongToKeep(name, value, rules, problems));
                    task.getExecution().getVariablesLocal()
                            .forEach((name, value) -> tooLongToKeep(name, value, rules, problems));
                    problems.throwIfAny();
                }
                complete(task, FormValues.of(submitted, problems));
                problems.throwIfAny();
            } catch (InvalidSubmissionException refusal) {
                FormFieldRules rules = FormFieldRules.of(task);
                if (rules != null) {
                    Map<String, String> aliases = fieldsOfTheForm();
                    refusal.labelled(key -> rules.label(aliases.getOrDefault(key, key)));
                }
                RefusedSubmissionFilter.remember(refusal, String.valueOf(task.getVariable("caseReference")),
                        task.getName());
                throw refusal;
            }
            List<String> fields = new java.util.ArrayList<>(submittedFields());
            submittedFields().forEach(field -> fields.addAll(DayMonthYear.fields(field)));
            task.getExecution().removeVariables(fields);
        }
    }

    /**
     * A date the form starts with, set by {@link #prefill} as yyyy-mm-dd, goes into its day, month and year boxes
     * when the form asks for it that way (and is then not kept as a date of its own, which would pass for the
     * person's answer).
     */
    private static void intoDayMonthYearBoxes(DelegateTask task) {
        FormFieldRules rules = FormFieldRules.of(task);
        if (rules == null) {
            return;
        }
        for (Map.Entry<String, Object> local : new HashMap<>(task.getVariablesLocal()).entrySet()) {
            if (local.getValue() instanceof String text && rules.keys().contains(local.getKey() + "Day")) {
                java.time.LocalDate date = InputDates.parse(text.trim());
                if (date != null) {
                    task.setVariablesLocal(DayMonthYear.boxes(local.getKey(), date));
                    task.removeVariableLocal(local.getKey());
                }
            }
        }
    }

    /**
     * What was submitted. TaskService.complete (and /engine-rest's complete) writes the values to the execution,
     * where a task-local prefill of the same name would hide them; Tasklist's submit-form writes them onto the
     * task, updating the prefill. The execution's value wins when there is one: submitted fields never outlive
     * a completion there (see {@link #submittedFields()}), so any value found is this submission's.
     */
    private static Map<String, Object> submitted(DelegateTask task) {
        Map<String, Object> values = new HashMap<>(task.getVariablesLocal());
        values.putAll(task.getExecution().getVariables());
        return values;
    }

    private static void tooLongToKeep(String name, Object value, FormFieldRules rules, Problems problems) {
        if (value instanceof String text && text.length() > FormFieldRules.DEFAULT_TEXT_LIMIT
                && !rules.keys().contains(name)) {
            problems.add(name, "is not a field of this form, and too long to keep");
        }
    }

    /**
     * The form's field for a problem the domain names by its older field (the domain's "scaling" is the form's
     * "scores" rows), so the person is told by the label they see.
     */
    protected Map<String, String> fieldsOfTheForm() {
        return Map.of();
    }

    /** Values the form shows or starts with; task-local, so they do not outlive the task. */
    protected void prefill(DelegateTask task) {
    }

    /** Validates and stores the submission; sets any decision variable the process reads next. */
    protected abstract void complete(DelegateTask task, FormValues form);

    /** The form's business fields, removed from the process once stored. */
    protected abstract List<String> submittedFields();

    /** The values submitted for these fields (a date's day, month and year boxes with it), to submit again. */
    protected static Map<String, Object> submittedValues(DelegateTask task, List<String> fields) {
        Map<String, Object> values = new HashMap<>();
        for (String field : fields) {
            List<String> names = new java.util.ArrayList<>(List.of(field));
            names.addAll(DayMonthYear.fields(field));
            for (String name : names) {
                Object value = task.getVariable(name);
                if (value != null) {
                    values.put(name, value);
                }
            }
        }
        return values;
    }

    protected static String caseReference(DelegateTask task) {
        return ProcessVariables.caseReference(task);
    }

    protected static Long conferenceId(DelegateTask task) {
        return ProcessVariables.conferenceId(task);
    }

    protected static Long planId(DelegateTask task) {
        return ProcessVariables.planId(task);
    }
}
