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

/** One SMART action of a plan: what, who (person or agency), by when, and how everyone will know it worked. */
@Entity
public class PlanAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long planId;
    @Column(nullable = false)
    private String what;
    @Column(nullable = false)
    private String who;
    @Column(nullable = false)
    private LocalDate byWhen;
    @Column(nullable = false)
    private String successMeasure;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionProgress progress;
    @Column(nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private Instant updatedAt;

    protected PlanAction() {
    }

    PlanAction(Long planId, SmartAction action, Instant at) {
        this.planId = planId;
        this.createdAt = at;
        change(action, at);
    }

    void change(SmartAction action, Instant at) {
        this.what = action.what();
        this.who = action.who();
        this.byWhen = action.byWhen();
        this.successMeasure = action.successMeasure();
        this.progress = action.progress();
        this.updatedAt = at;
    }

    public Long getId() { return id; }
    public Long getPlanId() { return planId; }
    public String getWhat() { return what; }
    public String getWho() { return who; }
    public LocalDate getByWhen() { return byWhen; }
    public String getSuccessMeasure() { return successMeasure; }
    public ActionProgress getProgress() { return progress; }
}
