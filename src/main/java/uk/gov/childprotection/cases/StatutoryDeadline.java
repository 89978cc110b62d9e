package uk.gov.childprotection.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** One statutory timescale of a case: when it is due, when it was met, and why it was late. */
@Entity
public class StatutoryDeadline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long caseId;
    private Long conferenceId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeadlineKind kind;
    @Column(nullable = false)
    private LocalDate dueDate;
    private LocalDate metDate;
    private String delayReason;
    private String delayRecordedBy;
    private Instant delayRecordedAt;

    protected StatutoryDeadline() {
    }

    StatutoryDeadline(Long caseId, Long conferenceId, DeadlineKind kind, LocalDate dueDate) {
        this.caseId = caseId;
        this.conferenceId = conferenceId;
        this.kind = kind;
        this.dueDate = dueDate;
    }

    /** Overdue: met after the due date, or not met and the due date has passed. */
    public boolean isOverdueOn(LocalDate today) {
        return metDate == null ? today.isAfter(dueDate) : metDate.isAfter(dueDate);
    }

    void reschedule(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    void meet(LocalDate date) {
        this.metDate = date;
    }

    void explainDelay(String reason, String by, Instant at) {
        this.delayReason = reason;
        this.delayRecordedBy = by;
        this.delayRecordedAt = at;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public Long getConferenceId() { return conferenceId; }
    public DeadlineKind getKind() { return kind; }
    public LocalDate getDueDate() { return dueDate; }
    public LocalDate getMetDate() { return metDate; }
    public String getDelayReason() { return delayReason; }
    public String getDelayRecordedBy() { return delayRecordedBy; }
    public Instant getDelayRecordedAt() { return delayRecordedAt; }
}
