package uk.gov.childprotection.cases;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.common.FormTaskListener;
import uk.gov.childprotection.common.FormValues;
import uk.gov.childprotection.security.Staff;

/**
 * Every escalation of a missed timescale (form record-delay-reason): the team manager explains the delay, and
 * the reason stays on the deadline beside its due and met dates. Which deadline is the task's input
 * {@code deadlineKind} (a {@link DeadlineKind} name), set on the user task in the diagram; the deadline itself is
 * {@code deadlineId} when the escalation names it (task- or execution-local), otherwise the missed one of that kind
 * still waiting for its reason ({@link DeadlineService#missed}), so the reason never lands on a later deadline.
 */
@Component("recordDelayReason")
class RecordDelayReasonTask extends FormTaskListener {

    private final ChildCaseService cases;
    private final DeadlineService deadlines;
    private final Staff staff;
    private final Today today;

    RecordDelayReasonTask(ChildCaseService cases, DeadlineService deadlines, Staff staff,
            Today today) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.staff = staff;
        this.today = today;
    }

    private static DeadlineKind kind(DelegateTask task) {
        return DeadlineKind.valueOf((String) task.getVariable("deadlineKind"));
    }

    private static Long deadlineId(DelegateTask task) {
        Object id = task.getVariable("deadlineId");
        return id instanceof Number number ? Long.valueOf(number.longValue()) : null;
    }

    private StatutoryDeadline escalated(DelegateTask task) {
        return deadlines.escalated(cases.get(caseReference(task)), kind(task), deadlineId(task));
    }

    @Override
    protected void prefill(DelegateTask task) {
        StatutoryDeadline missed = escalated(task);
        // The task keeps the deadline it was created for, whatever opens before the manager answers.
        if (deadlineId(task) == null) {
            task.setVariableLocal("deadlineId", missed.getId());
        }
        task.setVariableLocal("deadlineLabel", kind(task).description());
        task.setVariableLocal("dueDateLabel", DeadlineService.longDate(missed.getDueDate()));
    }

    @Override
    protected void complete(DelegateTask task, FormValues form) {
        String reason = form.requiredText("delayReason", "The reason for the delay");
        LocalDate expected = form.date("expectedDate");
        if (expected != null) {
            form.problems().check(!expected.isBefore(today.date()), "expectedDate", "must not be in the past");
        }
        form.problems().throwIfAny();
        String text = expected == null ? reason : reason + " (expected on " + expected + ")";
        // The deadline shown when the task was created: a later one opened meanwhile does not take the reason.
        StatutoryDeadline missed = escalated(task);
        deadlines.explainDelay(cases.get(caseReference(task)), missed.getId(), text, staff.currentUser());
    }

    @Override
    protected List<String> submittedFields() {
        return List.of("delayReason", "expectedDate");
    }
}
