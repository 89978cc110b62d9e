package uk.gov.childprotection.amendment;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.FormValues;
import uk.gov.childprotection.common.InvalidSubmissionException;
import uk.gov.childprotection.common.NotFoundException;
import uk.gov.childprotection.common.Problems;
import uk.gov.childprotection.common.RefusedSubmissionFilter;
import uk.gov.childprotection.security.Staff;

/**
 * Start listener of "Amendment to the conference record": a request the conference administrator records in
 * Tasklist (start form record-amendment-request) is checked and stored by the same service as the API, and the
 * case reference becomes the business key. A process started by the API already has its request.
 */
@Component("recordAmendmentRequestForm")
class RecordAmendmentRequestForm implements ExecutionListener {

    private static final List<String> SUBMITTED = List.of("parentName", "receivedDate", "requestedChanges");

    private final AmendmentService amendments;
    private final Staff staff;

    RecordAmendmentRequestForm(AmendmentService amendments, Staff staff) {
        this.amendments = amendments;
        this.staff = staff;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.getVariable("amendmentRequestId") != null) {
            return;
        }
        try {
            Problems problems = new Problems();
            FormValues form = FormValues.of(execution, problems);
            String reference = form.requiredText("caseReference", "The case reference");
            AmendmentService.NewRequest request = new AmendmentService.NewRequest(null, form.text("parentName"),
                    form.date("receivedDate"), form.text("requestedChanges"));
            problems.throwIfAny();
            AmendmentRequest saved;
            try {
                saved = amendments.record(reference.trim(), request, staff.currentUser());
            } catch (NotFoundException e) {
                throw InvalidSubmissionException.of("caseReference", e.getMessage());
            }
            execution.setProcessBusinessKey(reference.trim());
            execution.removeVariables(SUBMITTED);
            execution.setVariable("caseReference", reference.trim());
            execution.setVariable("conferenceId", saved.getConferenceId());
            execution.setVariable("amendmentRequestId", saved.getId());
        } catch (InvalidSubmissionException refusal) {
            RefusedSubmissionFilter.remember(refusal);
            throw refusal;
        }
    }
}
