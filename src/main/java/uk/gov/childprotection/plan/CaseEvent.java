package uk.gov.childprotection.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** Something that happened outside the conference cycle and changes the plan: reported through the API. */
@Entity
public class CaseEvent {

    public enum Kind {
        CHILD_DIED("ChildDied"),
        LEFT_UK("ChildLeftUk"),
        MOVED_TO_ANOTHER_COUNCIL("MovedToAnotherCouncil"),
        TRANSFER_IN_CONFERENCE_HELD("TransferInConferenceHeld"),
        CHILD_BORN("ChildBorn"),
        /** Recorded by a task, not reported from outside: no message. */
        TRANSFER_PACK_SENT(null),
        REVIEW_BEFORE_EIGHTEEN_ARRANGED(null),
        /** An open task that the model withdrew (the plan or the case ended under it): its name in the details. */
        TASK_WITHDRAWN(null);

        private final String message;

        Kind(String message) {
            this.message = message;
        }

        /** The BPMN message the case process waits for. */
        public String message() {
            return message;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Column(nullable = false)
    private LocalDate eventDate;
    private String details;
    private String recordedBy;
    @Column(nullable = false)
    private Instant recordedAt;

    protected CaseEvent() {
    }

    CaseEvent(Long caseId, Kind kind, LocalDate eventDate, String details, String recordedBy, Instant recordedAt) {
        this.caseId = caseId;
        this.kind = kind;
        this.eventDate = eventDate;
        this.details = details;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public Kind getKind() { return kind; }
    public LocalDate getEventDate() { return eventDate; }
    public String getDetails() { return details; }
    public String getRecordedBy() { return recordedBy; }
}
