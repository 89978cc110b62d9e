package uk.gov.childprotection.supporter;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.common.ProcessVariables;
import uk.gov.childprotection.conference.Conference;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.conference.Participant;
import uk.gov.childprotection.conference.SupporterRequest;
import uk.gov.childprotection.conference.SupporterService;
import uk.gov.childprotection.documents.DocumentJobs;
import uk.gov.childprotection.documents.DocumentModel;
import uk.gov.childprotection.documents.DocumentService;
import uk.gov.childprotection.documents.DocumentSubject;
import uk.gov.childprotection.documents.DocumentType;
import uk.gov.childprotection.documents.Letterhead;
import uk.gov.childprotection.notification.Sending;
import uk.gov.childprotection.notification.SendingService;
import uk.gov.childprotection.security.Staff;

/**
 * "Write the letter to the parent" of supporter-request (asynchronous, {@code ${supporterLetter}}): the Chair's
 * answer, agreed or refused with its explanation, and its copy to send.
 */
@Component("supporterLetter")
@Transactional
class SupporterLetter implements org.camunda.bpm.engine.delegate.JavaDelegate {

    private final SupporterService supporters;
    private final ConferenceService conferences;
    private final DocumentService documents;
    private final SendingService sendings;
    private final Letterhead letterhead;
    private final Staff staff;
    private final Today today;

    SupporterLetter(SupporterService supporters, ConferenceService conferences, DocumentService documents,
            SendingService sendings, Letterhead letterhead, Staff staff, Today today) {
        this.supporters = supporters;
        this.conferences = conferences;
        this.documents = documents;
        this.sendings = sendings;
        this.letterhead = letterhead;
        this.staff = staff;
        this.today = today;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            execution.setVariable("sendingId", write(ProcessVariables.supporterRequestId(execution),
                    execution.getActivityInstanceId(), execution.getCurrentActivityId()).getId());
        } catch (RuntimeException e) {
            throw DocumentJobs.notWritten("letter about the parent's supporter", execution, e);
        }
    }

    Sending write(Long requestId, String generationKey, String task) {
        SupporterRequest request = supporters.get(requestId);
        Conference conference = conferences.get(request.getConferenceId());
        var aCase = conferences.caseOf(conference);
        Participant parent = supporters.parentOf(request);
        String chair = staff.displayName(request.getDecidedBy());
        Map<String, Object> model = DocumentModel.forCase(aCase, today.date(), chair + ", Child Protection Chair");
        model.put("chair", chair);
        model.put("parentName", parent.getName());
        model.put("addressee", letterhead.of(parent, aCase));
        model.put("supporterName", request.getSupporterName());
        model.put("supporterRole", request.getSupporterRole().label());
        model.put("solicitor", request.getSupporterRole() == SupporterRequest.Role.SOLICITOR);
        model.put("agreed", request.getDecision() == SupporterRequest.Decision.AGREED);
        model.put("explanation", request.getExplanation());
        model.put("conferenceOn", DeadlineService.longDate(conference.getScheduledDate()));
        model.put("contacts", Stream.of(letterhead.contact(aCase.getSocialWorker(), "social worker"),
                letterhead.contact(request.getDecidedBy(), "Child Protection Chair")).filter(Objects::nonNull).toList());
        DocumentSubject subject = DocumentSubject.ofConference(conference.getCaseId(), conference.getId())
                .to(parent.getId());
        documents.generateLetter(DocumentType.SUPPORTER_LETTER, subject, parent.isLargePrint(), generationKey, task, model);
        return sendings.prepareLetter(conference.getId(), parent.getId(), DocumentType.SUPPORTER_LETTER,
                Sending.Purpose.SUPPORTER);
    }
}
