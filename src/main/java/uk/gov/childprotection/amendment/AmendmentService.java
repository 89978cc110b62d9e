package uk.gov.childprotection.amendment;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.TimescaleSettings;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.common.ApplicationAuthority;
import uk.gov.childprotection.common.ConflictException;
import uk.gov.childprotection.common.NotFoundException;
import uk.gov.childprotection.common.Problems;
import uk.gov.childprotection.conference.Conference;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.conference.Participant;
import uk.gov.childprotection.conference.RecordTexts;
import uk.gov.childprotection.documents.ConferenceRecordDocuments;
import uk.gov.childprotection.notification.CopyReceipt;
import uk.gov.childprotection.notification.Sending;
import uk.gov.childprotection.notification.SendingService;

/**
 * Amendments to the conference record (seed 000): a parent or carer may ask the Chair for significant changes
 * within 5 working days (setting amendment-request-working-days) of receiving the record (an email the day it
 * went, a posted copy postal-delivery-working-days after posting: CopyReceipt); the Chair decides; an
 * accepted request makes a new version of the record for everyone, and the parent is told the outcome either way.
 */
@Service
@Transactional
public class AmendmentService {

    public static final String PROCESS = "record-amendment";

    /** A request as it arrives, from the API or the administrator's form. */
    public record NewRequest(Long conferenceId, String parentName, LocalDate receivedDate, String requestedChanges) {
    }

    private final AmendmentRequestRepository requests;
    private final ChildCaseService cases;
    private final ConferenceService conferences;
    private final ConferenceRecordDocuments records;
    private final SendingService sendings;
    private final TimescaleSettings timescales;
    private final Today today;
    private final RuntimeService runtime;
    private final ApplicationAuthority authority;
    private final CopyReceipt receipt;

    AmendmentService(AmendmentRequestRepository requests, ChildCaseService cases, ConferenceService conferences,
            ConferenceRecordDocuments records, SendingService sendings,
            TimescaleSettings timescales, Today today, RuntimeService runtime, ApplicationAuthority authority, CopyReceipt receipt) {
        this.receipt = receipt;
        this.authority = authority;
        this.requests = requests;
        this.cases = cases;
        this.conferences = conferences;
        this.records = records;
        this.sendings = sendings;
        this.timescales = timescales;
        this.today = today;
        this.runtime = runtime;
    }

    /** A request through the API: recorded, then passed to the Chair by its own process. */
    public AmendmentRequest request(String caseReference, NewRequest request, String recordedBy) {
        AmendmentRequest saved = record(caseReference, request, recordedBy);
        authority.run(() -> runtime.createProcessInstanceByKey(PROCESS).businessKey(caseReference)
                .setVariable("caseReference", caseReference)
                .setVariable("conferenceId", saved.getConferenceId())
                .setVariable("amendmentRequestId", saved.getId())
                .execute());
        return saved;
    }

    /** Checks and stores a request; refused with a message per field, nothing stored. */
    public AmendmentRequest record(String caseReference, NewRequest request, String recordedBy) {
        ChildProtectionCase aCase = cases.get(caseReference);
        Conference conference = conferenceOf(aCase, request.conferenceId());
        Problems problems = new Problems();
        problems.check(request.parentName() != null && !request.parentName().isBlank(), "parentName", "is required");
        problems.check(request.receivedDate() != null, "receivedDate", "is required");
        problems.check(request.requestedChanges() != null && !request.requestedChanges().isBlank(),
                "requestedChanges", "say what the parent wants changed");
        problems.throwIfAny();
        Participant parent = conferences.invitedParent(conference, request.parentName());
        LocalDate received = sendings.recordReceivedOn(conference.getId(), parent.getId())
                .orElseThrow(() -> new ConflictException("The record of the conference has not reached "
                        + parent.getName() + " yet: a request for changes can follow once it has."));
        LocalDate lastDay = receipt.lastDayToAskForChanges(received);
        LocalDate on = request.receivedDate();
        problems.check(!on.isAfter(today.date()), "receivedDate", "must not be in the future");
        problems.check(!on.isBefore(conference.getHeldDate()), "receivedDate",
                "must not be before the conference (" + DeadlineService.longDate(conference.getHeldDate()) + ")");
        problems.check(!on.isAfter(lastDay), "receivedDate", "is too late: changes could be asked for until "
                + DeadlineService.longDate(lastDay) + ", " + timescales.amendmentRequestWorkingDays()
                + " working days after the record reached " + parent.getName() + " on "
                + DeadlineService.longDate(received) + ". A complaint is still possible.");
        problems.throwIfAny();
        return requests.save(new AmendmentRequest(aCase.getId(), conference.getId(), parent.getId(), on,
                request.requestedChanges().trim(), recordedBy, today.now().toInstant()));
    }

    private Conference conferenceOf(ChildProtectionCase aCase, Long conferenceId) {
        if (conferenceId != null) {
            Conference conference = conferences.get(conferenceId);
            if (!conference.getCaseId().equals(aCase.getId())) {
                throw new NotFoundException("Case " + aCase.getReference() + " has no conference " + conferenceId);
            }
            if (!conference.isDecided()) {
                throw new ConflictException("Conference " + conferenceId + " has no record yet");
            }
            return conference;
        }
        return conferences.findLatestDecided(aCase.getId())
                .orElseThrow(() -> new ConflictException("Case " + aCase.getReference()
                        + " has no conference record to change"));
    }

    /** The Chair's decision; for an accepted request, the corrected words of the record. */
    public void decide(Long requestId, AmendmentRequest.Decision decision, String reason, RecordTexts corrected,
            String chair, Problems problems) {
        AmendmentRequest request = get(requestId);
        if (request.getDecision() != null) {
            throw new ConflictException("The request was already answered");
        }
        problems.check(decision != null, "amendmentDecision", "is required");
        problems.check(reason != null, "decisionReason", "tell the parent why");
        problems.throwIfAny();
        if (decision == AmendmentRequest.Decision.ACCEPTED) {
            conferences.amendRecord(request.getConferenceId(), corrected, problems);
        }
        request.decide(decision, reason, chair, today.date());
    }

    /** The letter to the parent, then every copy prepared: the letter, and the corrected record when accepted. */
    public Sending answer(Long requestId, String generationKey, String task) {
        AmendmentRequest request = get(requestId);
        boolean accepted = request.getDecision() == AmendmentRequest.Decision.ACCEPTED;
        records.writeAmendmentOutcomeLetter(request.getConferenceId(), new ConferenceRecordDocuments.AmendmentAnswer(
                request.getParticipantId(), request.getReceivedDate(), request.getRequestedChanges(), accepted,
                request.getDecisionReason()), generationKey, task);
        return sendings.prepareAmendment(request.getConferenceId(), request.getParticipantId(), accepted);
    }

    @Transactional(readOnly = true)
    public AmendmentRequest get(Long requestId) {
        return requests.findById(requestId)
                .orElseThrow(() -> new NotFoundException("There is no amendment request " + requestId));
    }

    @Transactional(readOnly = true)
    public List<AmendmentRequest> ofCase(Long caseId) {
        return requests.findByCaseIdOrderById(caseId);
    }

    @Transactional(readOnly = true)
    public Participant parentOf(AmendmentRequest request) {
        return conferences.participant(request.getConferenceId(), request.getParticipantId());
    }
}
