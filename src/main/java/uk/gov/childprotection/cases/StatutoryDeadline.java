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
    private LocalDate closedDate;
    private String closedReason;

    protected StatutoryDeadline() {
    }

    StatutoryDeadline(Long caseId, Long conferenceId, DeadlineKind kind, LocalDate dueDate) {
        this.caseId = caseId;
        this.conferenceId = conferenceId;
        this.kind = kind;
        this.dueDate = dueDate;
    }

    /**
     * Overdue: met after the due date, or not met and the due date has passed. A closed deadline counts up to
     * the day it closed: one that was already missed then stays missed, one that was not is never overdue.
     */
    public boolean isOverdueOn(LocalDate today) {
        if (metDate != null) {
            return metDate.isAfter(dueDate);
        }
        LocalDate measuredTo = closedDate != null && closedDate.isBefore(today) ? closedDate : today;
        return measuredTo.isAfter(dueDate);
    }

    /** Still running: neither met nor closed. */
    public boolean isOpen() {
        return metDate == null && closedDate == null;
    }

    void close(LocalDate on, String reason) {
        this.closedDate = on;
        this.closedReason = reason;
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
    public LocalDate getClosedDate() { return closedDate; }
    public String getClosedReason() { return closedReason; }
}
