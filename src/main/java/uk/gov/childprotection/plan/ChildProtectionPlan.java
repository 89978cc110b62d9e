package uk.gov.childprotection.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** A Child Protection Plan with the census items: start, end, initial and latest category, previous plans. */
@Entity
public class ChildProtectionPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long caseId;
    @Column(nullable = false)
    private Long childId;
    @Column(nullable = false)
    private Long conferenceId;
    @Column(nullable = false)
    private LocalDate startDate;
    private LocalDate endDate;
    private String endReason;
    @Column(nullable = false)
    private String initialCategory;
    @Column(nullable = false)
    private String latestCategory;
    @Column(nullable = false)
    private String leadSocialWorker;
    @Column(nullable = false)
    private int numberOfPreviousPlans;
    private String endDecidedBy;
    private LocalDate endDecisionDate;
    private String agenciesConsulted;
    @Column(nullable = false)
    private Instant createdAt;

    protected ChildProtectionPlan() {
    }

    ChildProtectionPlan(Long caseId, Long childId, Long conferenceId, LocalDate startDate, String category,
            String leadSocialWorker, int numberOfPreviousPlans, Instant createdAt) {
        this.caseId = caseId;
        this.childId = childId;
        this.conferenceId = conferenceId;
        this.startDate = startDate;
        this.initialCategory = category;
        this.latestCategory = category;
        this.leadSocialWorker = leadSocialWorker;
        this.numberOfPreviousPlans = numberOfPreviousPlans;
        this.createdAt = createdAt;
    }

    /** A review continued the plan: the Chair re-checked the category and the lead social worker. */
    void reviewed(String category, String leadSocialWorker) {
        this.latestCategory = category;
        if (leadSocialWorker != null) {
            this.leadSocialWorker = leadSocialWorker;
        }
    }

    /** The plan ends; it cannot end on the day it started. */
    void end(LocalDate date, PlanEndReason reason) {
        if (!date.isAfter(startDate)) {
            throw new IllegalStateException("A plan cannot end on or before the day it started (" + startDate + ")");
        }
        this.endDate = date;
        this.endReason = reason.name();
    }

    /** The manager's decision that ended the plan without a conference, after consulting the agencies. */
    void endByDecision(LocalDate date, PlanEndReason reason, LocalDate decidedOn, String agencies, String by) {
        end(date, reason);
        this.endDecisionDate = decidedOn;
        this.agenciesConsulted = agencies;
        this.endDecidedBy = by;
    }

    public boolean isOpen() {
        return endDate == null;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public Long getChildId() { return childId; }
    public Long getConferenceId() { return conferenceId; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public String getEndReason() { return endReason; }
    public String getInitialCategory() { return initialCategory; }
    public String getLatestCategory() { return latestCategory; }
    public String getLeadSocialWorker() { return leadSocialWorker; }
    public int getNumberOfPreviousPlans() { return numberOfPreviousPlans; }
    public String getEndDecidedBy() { return endDecidedBy; }
    public LocalDate getEndDecisionDate() { return endDecisionDate; }
    public String getAgenciesConsulted() { return agenciesConsulted; }
}
