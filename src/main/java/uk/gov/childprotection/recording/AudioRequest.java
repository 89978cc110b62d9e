package uk.gov.childprotection.recording;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A parent's request for the audio file of a recorded conference (seed 001), the manager's decision and release. */
@Entity
@Table(name = "audio_request")
public class AudioRequest {

    public enum Decision { RELEASE, REFUSE }

    /** How the file reached the parent. */
    public enum ReleasedHow { SECURE_DOWNLOAD, ENCRYPTED_MEDIA, LISTENED_IN_PERSON }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long caseId;
    @Column(nullable = false)
    private Long conferenceId;
    @Column(nullable = false)
    private Long recordingId;
    @Column(nullable = false)
    private Long participantId;
    @Column(nullable = false)
    private LocalDate requestedOn;
    private String reason;
    private String recordedBy;
    @Column(nullable = false)
    private Instant recordedAt;
    @Enumerated(EnumType.STRING)
    private Decision decision;
    private String decisionReason;
    private String decidedBy;
    private LocalDate decidedOn;
    private LocalDate releasedOn;
    @Enumerated(EnumType.STRING)
    private ReleasedHow releasedHow;
    private String releasedBy;
    private String releasedSha256;

    protected AudioRequest() {
    }

    AudioRequest(Long caseId, Long conferenceId, Long recordingId, Long participantId, LocalDate requestedOn,
            String reason, String recordedBy, Instant recordedAt) {
        this.caseId = caseId;
        this.conferenceId = conferenceId;
        this.recordingId = recordingId;
        this.participantId = participantId;
        this.requestedOn = requestedOn;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void decide(Decision decision, String reason, String by, LocalDate on) {
        this.decision = decision;
        this.decisionReason = reason;
        this.decidedBy = by;
        this.decidedOn = on;
    }

    void release(LocalDate on, ReleasedHow how, String by, String sha256) {
        this.releasedOn = on;
        this.releasedHow = how;
        this.releasedBy = by;
        this.releasedSha256 = sha256;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public Long getConferenceId() { return conferenceId; }
    public Long getRecordingId() { return recordingId; }
    public Long getParticipantId() { return participantId; }
    public LocalDate getRequestedOn() { return requestedOn; }
    public String getReason() { return reason; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public Decision getDecision() { return decision; }
    public String getDecisionReason() { return decisionReason; }
    public String getDecidedBy() { return decidedBy; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public LocalDate getReleasedOn() { return releasedOn; }
    public ReleasedHow getReleasedHow() { return releasedHow; }
    public String getReleasedBy() { return releasedBy; }
    public String getReleasedSha256() { return releasedSha256; }
}
