package uk.gov.childprotection.recording;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.common.NotFoundException;
import uk.gov.childprotection.security.AccessAudit;
import uk.gov.childprotection.security.CaseAccess;
import uk.gov.childprotection.security.Staff;

/**
 * The conference's recording (the file uploaded, or a reference to the council's store) and parents' requests for
 * it. The file itself is read only by service managers, each download audited; everyone who may read the case
 * sees that there is a recording, its fingerprint and the requests.
 */
@RestController
class RecordingController {

    record ReferenceBody(@NotNull(message = "say which conference was recorded") Long conferenceId,
            @NotBlank(message = "say where the council's store keeps the recording") @Size(max = 1000) String storeReference,
            @NotBlank(message = "give the recording's SHA-256") @Size(max = 64) String sha256) {
    }

    record RecordingView(Long id, Long conferenceId, boolean storedHere, String storeReference, String fileName,
            String contentType, Long sizeBytes, String sha256, String recordedBy, Instant recordedAt) {
    }

    record NewRequestBody(Long conferenceId,
            @NotBlank(message = "say which parent or carer asked") @Size(max = 300) String parentName,
            @NotNull(message = "give the day the parent asked") LocalDate requestedOn,
            @Size(max = 4000) String reason) {
    }

    record RequestView(Long id, Long conferenceId, Long recordingId, String parentName, LocalDate requestedOn,
            String reason, String decision, String decisionReason, String decidedBy, LocalDate decidedOn,
            LocalDate releasedOn, String releasedHow, String releasedSha256) {
    }

    private final RecordingService recordings;
    private final ChildCaseService cases;
    private final CaseAccess access;
    private final Staff staff;

    RecordingController(RecordingService recordings, ChildCaseService cases, CaseAccess access, Staff staff) {
        this.recordings = recordings;
        this.cases = cases;
        this.access = access;
        this.staff = staff;
    }

    @PostMapping(path = "/api/cases/{reference}/recordings", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<RecordingView> upload(@PathVariable String reference, @RequestParam Long conferenceId,
            @RequestParam MultipartFile file) {
        access.change(reference);
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ConferenceRecording saved = recordings.storeFile(reference, conferenceId, file.getOriginalFilename(),
                file.getContentType(), content, staff.currentUser());
        return created(reference, saved);
    }

    @PostMapping(path = "/api/cases/{reference}/recordings", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RecordingView> reference(@PathVariable String reference, @Valid @RequestBody ReferenceBody body) {
        access.change(reference);
        return created(reference, recordings.storeReference(reference, body.conferenceId(), body.storeReference(),
                body.sha256(), staff.currentUser()));
    }

    private ResponseEntity<RecordingView> created(String reference, ConferenceRecording saved) {
        return ResponseEntity.created(URI.create("/api/cases/" + reference + "/recordings")).body(view(saved));
    }

    @GetMapping("/api/cases/{reference}/recordings")
    List<RecordingView> list(@PathVariable String reference) {
        access.read(reference, AccessAudit.Action.LIST_RECORDINGS);
        return recordings.ofCase(cases.get(reference).getId()).stream().map(RecordingController::view).toList();
    }

    /** The file, for the manager who releases it; audited as a read of each case it concerns. */
    @GetMapping("/api/recordings/{id}/audio")
    ResponseEntity<byte[]> audio(@PathVariable Long id) {
        ConferenceRecording recording = recordings.recording(id);
        access.readOneOf(recordings.casesOf(recording), AccessAudit.Action.READ_RECORDING, null);
        if (!recording.isStoredHere()) {
            throw new NotFoundException("The recording is kept in the council's store, not here: "
                    + recording.getStoreReference());
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(recording.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(recording.getFileName() == null ? "recording" : recording.getFileName()).build()
                        .toString())
                .header("X-Content-SHA256", recording.getSha256())
                .body(recording.getContent());
    }

    @PostMapping("/api/cases/{reference}/recording-requests")
    ResponseEntity<RequestView> request(@PathVariable String reference, @Valid @RequestBody NewRequestBody body) {
        access.change(reference);
        AudioRequest saved = recordings.request(reference, new RecordingService.NewAudioRequest(body.conferenceId(),
                body.parentName(), body.requestedOn(), body.reason()), staff.currentUser());
        return ResponseEntity.created(URI.create("/api/cases/" + reference + "/recording-requests")).body(view(saved));
    }

    @GetMapping("/api/cases/{reference}/recording-requests")
    List<RequestView> requests(@PathVariable String reference) {
        access.read(reference, AccessAudit.Action.LIST_RECORDINGS);
        return recordings.requestsOfCase(cases.get(reference).getId()).stream().map(this::view).toList();
    }

    private static RecordingView view(ConferenceRecording r) {
        return new RecordingView(r.getId(), r.getConferenceId(), r.isStoredHere(), r.getStoreReference(),
                r.getFileName(), r.getContentType(), r.getSizeBytes(), r.getSha256(), r.getRecordedBy(),
                r.getRecordedAt());
    }

    private RequestView view(AudioRequest r) {
        return new RequestView(r.getId(), r.getConferenceId(), r.getRecordingId(), recordings.parentOf(r).getName(),
                r.getRequestedOn(), r.getReason(), r.getDecision() == null ? null : r.getDecision().name(),
                r.getDecisionReason(), r.getDecidedBy(), r.getDecidedOn(), r.getReleasedOn(),
                r.getReleasedHow() == null ? null : r.getReleasedHow().name(), r.getReleasedSha256());
    }
}
