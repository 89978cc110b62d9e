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

/** A Child in Need plan (census CINPlanStartDate / CINPlanEndDate). */
@Entity
public class ChildInNeedPlan {

    /** Where the decision to support the child as a Child in Need was made. */
    public enum DecidedAt { STRATEGY_DISCUSSION, SECTION_47_ENQUIRY, CONFERENCE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long caseId;
    @Column(nullable = false)
    private Long childId;
    @Column(nullable = false)
    private LocalDate startDate;
    private LocalDate endDate;
    private String endReason;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DecidedAt decidedAt;
    @Column(nullable = false)
    private Instant createdAt;

    protected ChildInNeedPlan() {
    }

    ChildInNeedPlan(Long caseId, Long childId, LocalDate startDate, DecidedAt decidedAt, Instant createdAt) {
        this.caseId = caseId;
        this.childId = childId;
        this.startDate = startDate;
        this.decidedAt = decidedAt;
        this.createdAt = createdAt;
    }

    /** Ends the plan; a step-up to a Child Protection Plan ends it on the day the new plan starts. */
    void end(LocalDate date, String reason) {
        this.endDate = date;
        this.endReason = reason;
    }

    public boolean isOpen() {
        return endDate == null;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public Long getChildId() { return childId; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public String getEndReason() { return endReason; }
    public DecidedAt getDecidedAt() { return decidedAt; }
}
