package uk.gov.childprotection.conference;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.common.ApplicationAuthority;
import uk.gov.childprotection.common.ConflictException;
import uk.gov.childprotection.common.NotFoundException;
import uk.gov.childprotection.common.Problems;

/**
 * A parent's supporter or solicitor: asked for through the social worker or the conference team before the
 * conference, decided by its Chair by the working day before it, and the parent told either way.
 */
@Service
@Transactional
public class SupporterService {

    public static final String PROCESS = "supporter-request";

    public record NewRequest(Long conferenceId, String parentName, String supporterName,
            SupporterRequest.Role role, LocalDate requestedOn) {
    }

    private final SupporterRequestRepository requests;
    private final ChildCaseService cases;
    private final ConferenceService conferences;
    private final Today today;
    private final RuntimeService runtime;
    private final ApplicationAuthority authority;

    SupporterService(SupporterRequestRepository requests, ChildCaseService cases, ConferenceService conferences,
            Today today, RuntimeService runtime, ApplicationAuthority authority) {
        this.requests = requests;
        this.cases = cases;
        this.conferences = conferences;
        this.today = today;
        this.runtime = runtime;
        this.authority = authority;
    }

    public SupporterRequest request(String caseReference, NewRequest request, String by) {
        ChildProtectionCase aCase = cases.get(caseReference);
        Conference conference = conferences.get(request.conferenceId());
        if (!conference.getCaseId().equals(aCase.getId())) {
            throw new NotFoundException("Case " + caseReference + " has no conference " + request.conferenceId());
        }
        Conference meeting = conferences.get(conference.meetingId());
        if (meeting.getHeldDate() != null) {
            throw new ConflictException("The conference was held on " + DeadlineService.longDate(meeting.getHeldDate())
                    + ": a supporter is agreed before it");
        }
        if (conferences.participants(meeting.getId()).isEmpty()) {
            throw new ConflictException("No one has been invited to the conference yet");
        }
        Participant parent = conferences.invitedParent(meeting, request.parentName());
        Problems problems = new Problems();
        problems.check(!request.requestedOn().isAfter(today.date()), "requestedOn", "must not be in the future");
        problems.throwIfAny();
        SupporterRequest saved = requests.save(new SupporterRequest(aCase.getId(), meeting.getId(), parent.getId(),
                request.supporterName().trim(), request.role(), request.requestedOn(), by, today.now().toInstant()));
        authority.run(() -> runtime.createProcessInstanceByKey(PROCESS).businessKey(caseReference)
                .setVariable("caseReference", caseReference)
                .setVariable("conferenceId", meeting.getId())
                .setVariable("supporterRequestId", saved.getId())
                .execute());
        return saved;
    }

    public void decide(Long requestId, SupporterRequest.Decision decision, String explanation, String by,
            Problems problems) {
        SupporterRequest request = get(requestId);
        if (request.getDecision() != null) {
            throw new ConflictException("The Chair has already decided");
        }
        problems.check(decision != SupporterRequest.Decision.REFUSED || explanation != null, "supporterExplanation",
                "explain to the parent why their supporter cannot come");
        problems.throwIfAny();
        request.decide(decision, explanation, by, today.date());
    }

    /** Decided by the working day before the conference (a rearranged one's too). */
    @Transactional(readOnly = true)
    public Date decideBy(Long requestId) {
        return conferences.dayBefore(get(requestId).getConferenceId());
    }

    @Transactional(readOnly = true)
    public SupporterRequest get(Long requestId) {
        return requests.findById(requestId)
                .orElseThrow(() -> new NotFoundException("There is no request for a supporter " + requestId));
    }

    @Transactional(readOnly = true)
    public List<SupporterRequest> ofCase(Long caseId) {
        return requests.findByCaseIdOrderById(caseId);
    }

    /** The supporters the Chair agreed for the meeting, for the Chair's form and the record. */
    @Transactional(readOnly = true)
    public List<String> agreed(Long conferenceId) {
        return requests.findByConferenceIdOrderById(conferences.get(conferenceId).meetingId()).stream()
                .filter(r -> r.getDecision() == SupporterRequest.Decision.AGREED)
                .map(r -> r.getSupporterName() + " (" + r.getSupporterRole().label() + "), supporting "
                        + parentOf(r).getName()).toList();
    }

    @Transactional(readOnly = true)
    public Participant parentOf(SupporterRequest request) {
        return conferences.participant(request.getConferenceId(), request.getParticipantId());
    }
}
