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
 * {@code deadlineKind} (a {@link DeadlineKind} name), set on the user task in the diagram.
 */
@Component("recordDelayReason")
class RecordDelayReasonTask extends FormTaskListener {

    private final ChildCaseService cases;
    private final DeadlineService deadlines;
    private final Staff staff;
    private final Today today;

    RecordDelayReasonTask(ChildCaseService cases, DeadlineService deadlines, Staff staff, Today today) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.staff = staff;
        this.today = today;
    }

    private static DeadlineKind kind(DelegateTask task) {
        return DeadlineKind.valueOf((String) task.getVariable("deadlineKind"));
    }

    @Override
    protected void prefill(DelegateTask task) {
        DeadlineKind kind = kind(task);
        task.setVariableLocal("deadlineLabel", kind.description());
        task.setVariableLocal("dueDateLabel",
                DeadlineService.longDate(deadlines.latest(cases.get(caseReference(task)), kind).getDueDate()));
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
        deadlines.explainDelay(cases.get(caseReference(task)), kind(task), text, staff.currentUser());
    }

    @Override
    protected List<String> submittedFields() {
        return List.of("delayReason", "expectedDate");
    }
}
