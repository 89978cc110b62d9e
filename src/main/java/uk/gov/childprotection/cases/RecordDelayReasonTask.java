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
 * {@code deadlineKind} (a {@link DeadlineKind} name), set on the user task in the diagram; and, where the diagram
 * gives it, {@code deadlineId}: the deadline that was running when the timer fired, so the reason stays on the
 * missed one even if the next of its kind has opened since (a visit recorded late). Without it, the latest.
 */
@Component("recordDelayReason")
class RecordDelayReasonTask extends FormTaskListener {

    private final ChildCaseService cases;
    private final DeadlineService deadlines;
    private final DeadlineRepository deadlineRecords;
    private final Staff staff;
    private final Today today;

    RecordDelayReasonTask(ChildCaseService cases, DeadlineService deadlines, DeadlineRepository deadlineRecords,
            Staff staff, Today today) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.deadlineRecords = deadlineRecords;
        this.staff = staff;
        this.today = today;
    }

    private static DeadlineKind kind(DelegateTask task) {
        return DeadlineKind.valueOf((String) task.getVariable("deadlineKind"));
    }

    /** The deadline the task is about: the one named by {@code deadlineId}, else the latest of the kind. */
    private StatutoryDeadline deadline(DelegateTask task) {
        Object id = task.getVariable("deadlineId");
        if (id != null) {
            return deadlineRecords.findById(((Number) id).longValue()).orElseThrow();
        }
        return deadlines.latest(cases.get(caseReference(task)), kind(task));
    }

    @Override
    protected void prefill(DelegateTask task) {
        DeadlineKind kind = kind(task);
        task.setVariableLocal("deadlineLabel", kind.description());
        task.setVariableLocal("dueDateLabel", DeadlineService.longDate(deadline(task).getDueDate()));
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
        Object id = task.getVariable("deadlineId");
        if (id == null) {
            deadlines.explainDelay(cases.get(caseReference(task)), kind(task), text, staff.currentUser());
        } else {
            deadline(task).explainDelay(text, staff.currentUser(), today.now().toInstant());
        }
    }

    @Override
    protected List<String> submittedFields() {
        return List.of("delayReason", "expectedDate");
    }
}
