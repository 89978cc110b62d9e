package uk.gov.childprotection.census;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A case's census items of its episode (CINdetails and its Assessments) that the lifecycle does not hold by
 * itself: the referral source and the primary need in the DfE's codes, and the assessment.
 */
@Entity
@Table(name = "census_episode")
public class CensusEpisode {

    @Id
    private Long caseId;
    private String referralSource;
    private String primaryNeed;
    private LocalDate assessmentStart;
    private LocalDate assessmentAuthorised;
    /** The assessment's factor codes, comma-separated. */
    private String assessmentFactors;
    @Column(nullable = false)
    private String recordedBy;
    @Column(nullable = false)
    private Instant recordedAt;

    protected CensusEpisode() {
    }

    CensusEpisode(Long caseId) {
        this.caseId = caseId;
    }

    void record(String referralSource, String primaryNeed, LocalDate assessmentStart, LocalDate assessmentAuthorised,
            String assessmentFactors, String by, Instant at) {
        this.referralSource = referralSource;
        this.primaryNeed = primaryNeed;
        this.assessmentStart = assessmentStart;
        this.assessmentAuthorised = assessmentAuthorised;
        this.assessmentFactors = assessmentFactors;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long getCaseId() { return caseId; }
    public String getReferralSource() { return referralSource; }
    public String getPrimaryNeed() { return primaryNeed; }
    public LocalDate getAssessmentStart() { return assessmentStart; }
    public LocalDate getAssessmentAuthorised() { return assessmentAuthorised; }
    public String getAssessmentFactors() { return assessmentFactors; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
