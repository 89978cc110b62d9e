package uk.gov.childprotection.notification;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.common.FormTaskListener;
import uk.gov.childprotection.common.FormValues;
import uk.gov.childprotection.common.ProcessVariables;
import uk.gov.childprotection.security.Staff;

/** "Post copies to participants without email" (form post-copies): the administrator records the day they went. */
@Component("postCopies")
class PostCopiesTask extends FormTaskListener {

    private final SendingService sendings;
    private final ChildCaseService cases;
    private final Staff staff;
    private final Today today;

    PostCopiesTask(SendingService sendings, ChildCaseService cases, Staff staff, Today today) {
        this.sendings = sendings;
        this.cases = cases;
        this.staff = staff;
        this.today = today;
    }

    @Override
    protected void prefill(DelegateTask task) {
        Long sendingId = ProcessVariables.sendingId(task);
        task.setVariableLocal("postList", sendings.postList(sendingId,
                cases.get(caseReference(task)).getChild().getAddress()));
    }

    @Override
    protected void complete(DelegateTask task, FormValues form) {
        Long sendingId = ProcessVariables.sendingId(task);
        LocalDate posted = form.requiredDate("postedDate", "The date the copies were posted");
        if (posted != null) {
            LocalDate prepared = sendings.get(sendingId).getCreatedAt().atZone(Today.ENGLAND).toLocalDate();
            form.problems().check(!posted.isAfter(today.date()), "postedDate", "must not be in the future");
            form.problems().check(!posted.isBefore(prepared), "postedDate",
                    "must not be before the copies were ready (" + prepared + ")");
        }
        form.problems().throwIfAny();
        sendings.recordPosted(sendingId, posted, staff.currentUser());
    }

    @Override
    protected List<String> submittedFields() {
        return List.of("postedDate");
    }
}
