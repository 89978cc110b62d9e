package uk.gov.childprotection.referral;

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

@Entity
@Table(name = "section47_enquiry")
public class Section47Enquiry {

    public enum Authorisation { AUTHORISED, RETURNED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true)
    private Long caseId;
    /** S47ActualStartDate: the strategy discussion that started it. */
    @Column(nullable = false)
    private LocalDate startDate;
    private LocalDate childSeenDate;
    private String findings;
    @Enumerated(EnumType.STRING)
    private Section47Outcome outcome;
    private LocalDate completedDate;
    private String recordedBy;
    @Enumerated(EnumType.STRING)
    private Authorisation authorisation;
    private String authorisedBy;
    private Instant authorisedAt;
    private String managerComments;

    protected Section47Enquiry() {
    }

    Section47Enquiry(Long caseId, LocalDate startDate) {
        this.caseId = caseId;
        this.startDate = startDate;
    }

    void recordFindings(Section47Findings record, String by) {
        this.childSeenDate = record.childSeenDate();
        this.findings = record.findings();
        this.outcome = record.outcome();
        this.completedDate = record.completedDate();
        this.recordedBy = by;
        this.authorisation = null;
        this.authorisedBy = null;
        this.authorisedAt = null;
    }

    void decide(Authorisation decision, String comments, String by, Instant at) {
        this.authorisation = decision;
        this.managerComments = comments;
        this.authorisedBy = by;
        this.authorisedAt = at;
    }

    public boolean isAuthorised() {
        return authorisation == Authorisation.AUTHORISED;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getChildSeenDate() { return childSeenDate; }
    public String getFindings() { return findings; }
    public Section47Outcome getOutcome() { return outcome; }
    public LocalDate getCompletedDate() { return completedDate; }
    public String getRecordedBy() { return recordedBy; }
    public Authorisation getAuthorisation() { return authorisation; }
    public String getAuthorisedBy() { return authorisedBy; }
    public Instant getAuthorisedAt() { return authorisedAt; }
    public String getManagerComments() { return managerComments; }
}
