package uk.gov.childprotection.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** A statutory visit by the lead social worker to a child on a plan. */
@Entity
public class StatutoryVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long planId;
    @Column(nullable = false)
    private LocalDate visitDate;
    @Column(nullable = false)
    private boolean childSeen;
    @Column(nullable = false)
    private boolean childSeenAlone;
    @Column(nullable = false)
    private boolean homeSeen;
    private String concerns;
    private String reasonNotSeen;
    private String recordedBy;
    @Column(nullable = false)
    private Instant recordedAt;

    protected StatutoryVisit() {
    }

    StatutoryVisit(Long planId, Visit visit, String recordedBy, Instant recordedAt) {
        this.planId = planId;
        this.visitDate = visit.date();
        this.childSeen = visit.childSeen();
        this.childSeenAlone = visit.childSeenAlone();
        this.homeSeen = visit.homeSeen();
        this.concerns = visit.concerns();
        this.reasonNotSeen = visit.reasonNotSeen();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** What the lead social worker records of a visit. */
    public record Visit(LocalDate date, boolean childSeen, boolean childSeenAlone, boolean homeSeen, String concerns,
            String reasonNotSeen) {
    }

    public Long getId() { return id; }
    public Long getPlanId() { return planId; }
    public LocalDate getVisitDate() { return visitDate; }
    public boolean isChildSeen() { return childSeen; }
    public boolean isChildSeenAlone() { return childSeenAlone; }
    public boolean isHomeSeen() { return homeSeen; }
    public String getConcerns() { return concerns; }
    public String getReasonNotSeen() { return reasonNotSeen; }
    public String getRecordedBy() { return recordedBy; }
}
