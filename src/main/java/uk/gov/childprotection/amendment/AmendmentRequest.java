package uk.gov.childprotection.amendment;

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

/** A parent's request to change the conference record (seed 000), and the Chair's answer. */
@Entity
@Table(name = "amendment_request")
public class AmendmentRequest {

    public enum Decision { ACCEPTED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long caseId;
    @Column(nullable = false)
    private Long conferenceId;
    @Column(nullable = false)
    private Long participantId;
    @Column(nullable = false)
    private LocalDate receivedDate;
    @Column(nullable = false)
    private String requestedChanges;
    private String recordedBy;
    @Column(nullable = false)
    private Instant recordedAt;
    @Enumerated(EnumType.STRING)
    private Decision decision;
    private String decisionReason;
    private String decidedBy;
    private LocalDate decidedOn;

    protected AmendmentRequest() {
    }

    AmendmentRequest(Long caseId, Long conferenceId, Long participantId, LocalDate receivedDate,
            String requestedChanges, String recordedBy, Instant recordedAt) {
        this.caseId = caseId;
        this.conferenceId = conferenceId;
        this.participantId = participantId;
        this.receivedDate = receivedDate;
        this.requestedChanges = requestedChanges;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void decide(Decision decision, String reason, String by, LocalDate on) {
        this.decision = decision;
        this.decisionReason = reason;
        this.decidedBy = by;
        this.decidedOn = on;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public Long getConferenceId() { return conferenceId; }
    public Long getParticipantId() { return participantId; }
    public LocalDate getReceivedDate() { return receivedDate; }
    public String getRequestedChanges() { return requestedChanges; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public Decision getDecision() { return decision; }
    public String getDecisionReason() { return decisionReason; }
    public String getDecidedBy() { return decidedBy; }
    public LocalDate getDecidedOn() { return decidedOn; }
}
