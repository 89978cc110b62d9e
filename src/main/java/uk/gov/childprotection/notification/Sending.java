package uk.gov.childprotection.notification;

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

/** One sending of documents to a conference's participants, and the date every copy must have gone by. */
@Entity
@Table(name = "document_sending")
public class Sending {

    public enum Purpose {
        /** The record, outline plan and decision letters after a conference. */
        CONFERENCE_RECORD,
        /** The answer to a parent's amendment request, with the corrected record when it was accepted. */
        AMENDMENT,
        /** A letter to a parent about their disagreement or complaint (seed 003). */
        COMPLAINT,
        /** The answer to a parent's request for the conference's audio file (seed 001). */
        RECORDING_REQUEST,
        /** The Chair's answer about a parent's supporter or solicitor. */
        SUPPORTER,
        /** An agency's report, to the other agencies and professionals invited: never to the family (seed 001). */
        AGENCY_REPORT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long caseId;
    @Column(nullable = false)
    private Long conferenceId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;
    @Column(nullable = false)
    private LocalDate dueDate;
    @Column(nullable = false)
    private Instant createdAt;
    private LocalDate completedOn;

    protected Sending() {
    }

    Sending(Long caseId, Long conferenceId, Purpose purpose, LocalDate dueDate, Instant createdAt) {
        this.caseId = caseId;
        this.conferenceId = conferenceId;
        this.purpose = purpose;
        this.dueDate = dueDate;
        this.createdAt = createdAt;
    }

    void complete(LocalDate on) {
        this.completedOn = on;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public Long getConferenceId() { return conferenceId; }
    public Purpose getPurpose() { return purpose; }
    public LocalDate getDueDate() { return dueDate; }
    public Instant getCreatedAt() { return createdAt; }
    public LocalDate getCompletedOn() { return completedOn; }
}
