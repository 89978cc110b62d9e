package uk.gov.childprotection.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

@Entity
public class StrategyDiscussion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true)
    private Long caseId;
    @Column(nullable = false)
    private LocalDate discussionDate;
    @Column(nullable = false)
    private String socialCareParticipant;
    @Column(nullable = false)
    private String policeParticipant;
    @Column(nullable = false)
    private String healthParticipant;
    private String otherParticipants;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StrategyDecision decision;
    @Column(nullable = false)
    private String rationale;
    private String recordedBy;
    @Column(nullable = false)
    private Instant recordedAt;

    protected StrategyDiscussion() {
    }

    StrategyDiscussion(Long caseId, StrategyDiscussionRecord record, String recordedBy, Instant recordedAt) {
        this.caseId = caseId;
        this.discussionDate = record.date();
        this.socialCareParticipant = record.socialCare();
        this.policeParticipant = record.police();
        this.healthParticipant = record.health();
        this.otherParticipants = record.others();
        this.decision = record.decision();
        this.rationale = record.rationale();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public LocalDate getDiscussionDate() { return discussionDate; }
    public String getSocialCareParticipant() { return socialCareParticipant; }
    public String getPoliceParticipant() { return policeParticipant; }
    public String getHealthParticipant() { return healthParticipant; }
    public String getOtherParticipants() { return otherParticipants; }
    public StrategyDecision getDecision() { return decision; }
    public String getRationale() { return rationale; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
