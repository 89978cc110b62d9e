package uk.gov.childprotection.plan;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.common.FormTaskListener;
import uk.gov.childprotection.common.FormValues;
import uk.gov.childprotection.security.Staff;

/** Task "Record statutory visit" (form record-statutory-visit), due within 10 working days of the last one. */
@Component("recordStatutoryVisit")
class RecordStatutoryVisitTask extends FormTaskListener {

    private final PlanInForceService planInForce;
    private final Staff staff;

    RecordStatutoryVisitTask(PlanInForceService planInForce, Staff staff) {
        this.planInForce = planInForce;
        this.staff = staff;
    }

    @Override
    protected void prefill(DelegateTask task) {
        task.setVariableLocal("visitDueDateLabel", DeadlineService.longDate(planInForce.visitDueDate(planId(task))));
    }

    @Override
    protected void complete(DelegateTask task, FormValues form) {
        boolean seen = form.flag("childSeen");
        StatutoryVisit.Visit visit = new StatutoryVisit.Visit(
                form.requiredDate("visitDate", "The date of the visit"), seen,
                seen && form.flag("childSeenAlone"), form.flag("homeSeen"), form.text("concerns"),
                seen ? null : form.text("reasonNotSeen"));
        form.problems().throwIfAny();
        planInForce.recordVisit(planId(task), visit, form.problems(), staff.currentUser());
    }

    @Override
    protected List<String> submittedFields() {
        return List.of("visitDate", "childSeen", "childSeenAlone", "homeSeen", "concerns", "reasonNotSeen");
    }
}
