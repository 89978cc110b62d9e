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
 * Task "Record reason for conference delay" (form record-conference-delay): the team manager explains a missed
 * conference timescale; the reason stays on the deadline, beside its due and met dates.
 */
@Component("recordConferenceDelay")
class RecordConferenceDelayTask extends FormTaskListener {

    private final ChildCaseService cases;
    private final DeadlineService deadlines;
    private final Staff staff;
    private final Today today;

    RecordConferenceDelayTask(ChildCaseService cases, DeadlineService deadlines, Staff staff, Today today) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.staff = staff;
        this.today = today;
    }

    @Override
    protected void prefill(DelegateTask task) {
        ChildProtectionCase aCase = cases.get(caseReference(task));
        task.setVariableLocal("conferenceTypeLabel", "initial child protection conference");
        task.setVariableLocal("conferenceDueDateLabel",
                DeadlineService.longDate(deadlines.latest(aCase, DeadlineKind.ICPC_HELD).getDueDate()));
    }

    @Override
    protected void complete(DelegateTask task, FormValues form) {
        String reason = form.requiredText("delayReason", "The reason for the delay");
        LocalDate expected = form.date("expectedConferenceDate");
        if (expected != null) {
            form.problems().check(!expected.isBefore(today.date()), "expectedConferenceDate",
                    "must not be in the past");
        }
        form.problems().throwIfAny();
        String text = expected == null ? reason : reason + " (expected to be held on " + expected + ")";
        deadlines.explainDelay(cases.get(caseReference(task)), DeadlineKind.ICPC_HELD, text, staff.currentUser());
    }

    @Override
    protected List<String> submittedFields() {
        return List.of("delayReason", "expectedConferenceDate");
    }
}
