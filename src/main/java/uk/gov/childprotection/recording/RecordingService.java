package uk.gov.childprotection.recording;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.TimescaleSettings;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.calendar.WorkingDayCalendar;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.common.ApplicationAuthority;
import uk.gov.childprotection.common.ConflictException;
import uk.gov.childprotection.common.InvalidSubmissionException;
import uk.gov.childprotection.common.NotFoundException;
import uk.gov.childprotection.common.Problems;
import uk.gov.childprotection.conference.Conference;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.conference.Participant;
import uk.gov.childprotection.documents.DocumentService;

/**
 * The conference's audio recording (seeds 000, 001): stored with the conference (the file, or a reference to the
 * council's store, with its SHA-256), kept as long as the record (nothing here deletes or replaces one) and never
 * sent with the documents. A parent's request for the audio file is the manager's to decide, with a reason; a
 * release is logged with the fingerprint of what was released.
 */
@Service
@Transactional
public class RecordingService {

    public static final String PROCESS = "audio-request";
    /** What an upload may be: a sound file, as the recorder writes it. */
    static final String AUDIO = "audio/";

    public record NewAudioRequest(Long conferenceId, String parentName, LocalDate requestedOn, String reason) {
    }

    private final ConferenceRecordingRepository recordings;
    private final AudioRequestRepository requests;
    private final ChildCaseService cases;
    private final ConferenceService conferences;
    private final TimescaleSettings timescales;
    private final WorkingDayCalendar calendar;
    private final Today today;
    private final RuntimeService runtime;
    private final ApplicationAuthority authority;

    RecordingService(ConferenceRecordingRepository recordings, AudioRequestRepository requests,
            ChildCaseService cases, ConferenceService conferences, TimescaleSettings timescales,
            WorkingDayCalendar calendar, Today today, RuntimeService runtime, ApplicationAuthority authority) {
        this.recordings = recordings;
        this.requests = requests;
        this.cases = cases;
        this.conferences = conferences;
        this.timescales = timescales;
        this.calendar = calendar;
        this.today = today;
        this.runtime = runtime;
        this.authority = authority;
    }

    /** The recording's file, stored here. */
    public ConferenceRecording storeFile(String caseReference, Long conferenceId, String fileName,
            String contentType, byte[] content, String by) {
        Conference meeting = heldMeeting(caseReference, conferenceId);
        Problems problems = new Problems();
        problems.check(content != null && content.length > 0, "file", "choose the recording's audio file");
        problems.check(contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(AUDIO), "file",
                "must be an audio file (such as MP3 or WAV); this one is " + (contentType == null ? "of no stated type"
                        : contentType));
        problems.check(fileName == null || fileName.length() <= 255, "file", "has a name longer than 255 characters");
        problems.throwIfAny();
        return recordings.save(new ConferenceRecording(meeting.getCaseId(), meeting.getId(), null, fileName,
                contentType, content, DocumentService.sha256(content), by, today.now().toInstant()));
    }

    /** Where the council keeps the recording in its own store, and the SHA-256 that store gave it. */
    public ConferenceRecording storeReference(String caseReference, Long conferenceId, String storeReference,
            String sha256, String by) {
        Conference meeting = heldMeeting(caseReference, conferenceId);
        Problems problems = new Problems();
        problems.check(storeReference != null && !storeReference.isBlank(), "storeReference",
                "say where the council's store keeps the recording");
        String hash = sha256 == null ? "" : sha256.trim().toLowerCase(Locale.ROOT);
        problems.check(hash.matches("[0-9a-f]{64}"), "sha256",
                "must be the recording's SHA-256: 64 characters, 0-9 and a-f");
        problems.throwIfAny();
        return recordings.save(new ConferenceRecording(meeting.getCaseId(), meeting.getId(), storeReference.trim(),
                null, null, null, hash, by, today.now().toInstant()));
    }

    /** The meeting a case's conference was held at, once held; a recording already kept is never replaced. */
    private Conference heldMeeting(String caseReference, Long conferenceId) {
        Conference conference = conferenceOf(cases.get(caseReference), conferenceId);
        if (conference.getHeldDate() == null) {
            throw new ConflictException("The conference has not been held yet: there is nothing recorded");
        }
        Conference meeting = conferences.get(conference.meetingId());
        if (!recordings.findByConferenceIdOrderById(meeting.getId()).isEmpty()) {
            throw new ConflictException("The conference of " + DeadlineService.longDate(conference.getHeldDate())
                    + " already has its recording, kept as long as the record: it is not replaced");
        }
        return meeting;
    }

    private Conference conferenceOf(ChildProtectionCase aCase, Long conferenceId) {
        if (conferenceId == null) {
            throw InvalidSubmissionException.of("conferenceId", "say which conference was recorded");
        }
        Conference conference = conferences.get(conferenceId);
        if (!conference.getCaseId().equals(aCase.getId())) {
            throw new NotFoundException("Case " + aCase.getReference() + " has no conference " + conferenceId);
        }
        return conference;
    }

    /** A parent's request for the audio file, checked and stored, then passed to the manager by its process. */
    public AudioRequest request(String caseReference, NewAudioRequest request, String by) {
        ChildProtectionCase aCase = cases.get(caseReference);
        Problems problems = new Problems();
        problems.check(request.parentName() != null && !request.parentName().isBlank(), "parentName",
                "say which parent or carer asked");
        problems.check(request.requestedOn() != null, "requestedOn", "give the day the parent asked");
        problems.throwIfAny();
        Conference conference = request.conferenceId() != null ? conferenceOf(aCase, request.conferenceId())
                : conferences.findLatestDecided(aCase.getId()).orElseThrow(() -> new ConflictException(
                        "Case " + caseReference + " has no conference held yet"));
        ConferenceRecording recording = recordingOf(conference).orElseThrow(() -> new ConflictException(
                "The conference of " + DeadlineService.longDate(conference.getHeldDate())
                        + " has no recording kept"));
        Participant parent = conferences.invitedParent(conference, request.parentName());
        problems.check(!request.requestedOn().isAfter(today.date()), "requestedOn", "must not be in the future");
        problems.check(!request.requestedOn().isBefore(conference.getHeldDate()), "requestedOn",
                "must not be before the conference (" + DeadlineService.longDate(conference.getHeldDate()) + ")");
        problems.throwIfAny();
        AudioRequest saved = requests.save(new AudioRequest(aCase.getId(), conference.getId(), recording.getId(),
                parent.getId(), request.requestedOn(), blankToNull(request.reason()), by, today.now().toInstant()));
        authority.run(() -> runtime.createProcessInstanceByKey(PROCESS).businessKey(caseReference)
                .setVariable("caseReference", caseReference)
                .setVariable("conferenceId", conference.getId())
                .setVariable("audioRequestId", saved.getId())
                .execute());
        return saved;
    }

    /** The manager's decision, with the reason the parent is given. */
    public void decide(Long requestId, AudioRequest.Decision decision, String reason, String by) {
        AudioRequest request = get(requestId);
        if (request.getDecision() != null) {
            throw new ConflictException("The request was already decided");
        }
        request.decide(decision, reason, by, today.date());
    }

    /** The release of the file to the parent: when, how, and the fingerprint of what was released. */
    public void release(Long requestId, LocalDate on, AudioRequest.ReleasedHow how, String by, Problems problems) {
        AudioRequest request = get(requestId);
        if (request.getDecision() != AudioRequest.Decision.RELEASE) {
            throw new ConflictException("The request was not agreed: nothing is released");
        }
        problems.check(!on.isAfter(today.date()), "releasedDate", "must be today or earlier");
        problems.check(!on.isBefore(request.getDecidedOn()), "releasedDate",
                "must not be before the decision (" + DeadlineService.longDate(request.getDecidedOn()) + ")");
        problems.throwIfAny();
        request.release(on, how, by, recording(request.getRecordingId()).getSha256());
    }

    /** Decided and released within audio-request-response (one month) of the request. */
    @Transactional(readOnly = true)
    public Date dueBy(Long requestId) {
        return Today.endOfWorkingDay(calendar.dueAfter(get(requestId).getRequestedOn(),
                timescales.audioRequestResponse()));
    }

    /** The manager who agreed the release records it (the task of the diagram's release step). */
    @Transactional(readOnly = true)
    public String decidedBy(Long requestId) {
        return get(requestId).getDecidedBy();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<ConferenceRecording> recordingOf(Conference conference) {
        return recordings.findByConferenceIdOrderById(conference.meetingId()).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public ConferenceRecording recording(Long id) {
        return recordings.findById(id).orElseThrow(() -> new NotFoundException("There is no recording " + id));
    }

    /** The recordings of the conferences this case's child was considered at (a household's meeting's too). */
    @Transactional(readOnly = true)
    public List<ConferenceRecording> ofCase(Long caseId) {
        return conferences.ofCase(caseId).stream().map(this::recordingOf).flatMap(java.util.Optional::stream)
                .toList();
    }

    /** The case references whose child's conference this recording is of: who may read it. */
    @Transactional(readOnly = true)
    public List<String> casesOf(ConferenceRecording recording) {
        return conferences.meeting(recording.getConferenceId()).stream().map(c -> conferences.caseOf(c).getReference())
                .toList();
    }

    @Transactional(readOnly = true)
    public AudioRequest get(Long requestId) {
        return requests.findById(requestId)
                .orElseThrow(() -> new NotFoundException("There is no request for a recording " + requestId));
    }

    @Transactional(readOnly = true)
    public List<AudioRequest> requestsOfCase(Long caseId) {
        return requests.findByCaseIdOrderById(caseId);
    }

    @Transactional(readOnly = true)
    public Participant parentOf(AudioRequest request) {
        return conferences.participant(request.getConferenceId(), request.getParticipantId());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
