package uk.gov.childprotection.amendment;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.common.FormTaskListener;
import uk.gov.childprotection.common.FormValues;
import uk.gov.childprotection.common.ProcessVariables;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.conference.RecordTexts;
import uk.gov.childprotection.documents.DocumentLinks;
import uk.gov.childprotection.documents.DocumentSubject;
import uk.gov.childprotection.documents.DocumentType;
import uk.gov.childprotection.security.Staff;

/**
 * "Decide on the amendment request" (form decide-amendment): the Chair reads the request and the record (a link
 * to its newest version), corrects the record's words when accepting, and says why either way; the reason goes
 * into the letter to the parent.
 */
@Component("decideAmendment")
class DecideAmendmentTask extends FormTaskListener {

    private final AmendmentService amendments;
    private final ConferenceService conferences;
    private final DocumentLinks links;
    private final Staff staff;

    DecideAmendmentTask(AmendmentService amendments, ConferenceService conferences, DocumentLinks links,
            Staff staff) {
        this.amendments = amendments;
        this.conferences = conferences;
        this.links = links;
        this.staff = staff;
    }

    @Override
    protected void prefill(DelegateTask task) {
        AmendmentRequest request = amendments.get(ProcessVariables.amendmentRequestId(task));
        var conference = conferences.get(request.getConferenceId());
        task.setVariableLocal("requestSummary", "**" + amendments.parentOf(request).getName() + "** asked on "
                + DeadlineService.longDate(request.getReceivedDate()) + " for changes to the record of the conference of "
                + DeadlineService.longDate(conference.getHeldDate()) + ":\n\n> " + request.getRequestedChanges()
                .replace("\n", "\n> "));
        String recordLink = links.markdown(DocumentType.CONFERENCE_RECORD,
                DocumentSubject.ofConference(conference.getCaseId(), conference.getId()), "The record as it stands");
        task.setVariableLocal("recordLink", recordLink.isEmpty() ? "The record has not been written yet." : recordLink);
        RecordTexts texts = conference.texts();
        List<String> values = new ArrayList<>(List.of(nz(texts.dangerStatements()), nz(texts.workingWell()),
                nz(texts.worries()), nz(texts.complicatingFactors()), nz(texts.childWishesAndFeelings()),
                nz(texts.safetyGoals()), nz(texts.outlinePlan())));
        for (int i = 0; i < RecordTexts.FIELDS.size(); i++) {
            task.setVariableLocal(RecordTexts.FIELDS.get(i), values.get(i));
        }
    }

    @Override
    protected void complete(DelegateTask task, FormValues form) {
        AmendmentRequest.Decision decision = form.requiredChoice("amendmentDecision", AmendmentRequest.Decision.class,
                "Decision");
        String reason = form.requiredText("decisionReason", "What to tell the parent");
        RecordTexts corrected = new RecordTexts(form.text("dangerStatements"), form.text("workingWell"),
                form.text("worries"), form.text("complicatingFactors"), form.text("childWishesAndFeelings"),
                form.text("safetyGoals"), form.text("outlinePlan"));
        form.problems().throwIfAny();
        amendments.decide(ProcessVariables.amendmentRequestId(task), decision, reason, corrected,
                staff.currentUser(), form.problems());
        task.setVariable("amendmentAccepted", decision == AmendmentRequest.Decision.ACCEPTED);
    }

    @Override
    protected List<String> submittedFields() {
        List<String> fields = new ArrayList<>(List.of("amendmentDecision", "decisionReason"));
        fields.addAll(RecordTexts.FIELDS);
        return fields;
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
