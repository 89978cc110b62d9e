package uk.gov.childprotection.agencyreport;

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
import uk.gov.childprotection.conference.Agency;

/**
 * One agency's report to a conference, under the multi-agency template's headings (seed 001). Written again, it
 * is replaced (and its PDF gets a new version) until the conference team sends it to the other professionals
 * (or decides not to); from then on it stays as it is.
 */
@Entity
@Table(name = "agency_report")
public class AgencyReport {

    /** What the agency wrote, heading by heading ({@link uk.gov.childprotection.conference.ReportHeading}). */
    public record Content(String authorName, String authorRole, String involvement, String worries,
            String workingWell, String complications, String childsViews, int scaling, String scalingReason) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long caseId;
    @Column(nullable = false)
    private Long conferenceId;
    /** The agency's place among the conference's invitees: the report request went to it. */
    @Column(nullable = false, unique = true)
    private Long participantId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Agency agency;
    @Column(nullable = false)
    private String writtenBy;
    @Column(nullable = false)
    private Instant submittedAt;
    @Column(nullable = false)
    private int submissions;
    @Column(nullable = false)
    private String authorName;
    @Column(nullable = false)
    private String authorRole;
    @Column(nullable = false)
    private String involvement;
    @Column(nullable = false)
    private String worries;
    @Column(nullable = false)
    private String workingWell;
    private String complications;
    private String childsViews;
    @Column(nullable = false)
    private int scaling;
    @Column(nullable = false)
    private String scalingReason;
    private LocalDate sharedWithFamilyOn;
    private String sharedHow;
    private String sharedRecordedBy;
    /** When the conference team sent it on (sendingId) or decided not to (notSentReason); then it is fixed. */
    private Instant decidedAt;
    private String decidedBy;
    private Long sendingId;
    private String notSentReason;

    protected AgencyReport() {
    }

    AgencyReport(Long caseId, Long conferenceId, Long participantId, Agency agency) {
        this.caseId = caseId;
        this.conferenceId = conferenceId;
        this.participantId = participantId;
        this.agency = agency;
    }

    void write(Content content, String by, Instant at) {
        this.authorName = content.authorName();
        this.authorRole = content.authorRole();
        this.involvement = content.involvement();
        this.worries = content.worries();
        this.workingWell = content.workingWell();
        this.complications = content.complications();
        this.childsViews = content.childsViews();
        this.scaling = content.scaling();
        this.scalingReason = content.scalingReason();
        this.writtenBy = by;
        this.submittedAt = at;
        this.submissions++;
    }

    void sharedWithFamily(LocalDate on, String how, String by) {
        this.sharedWithFamilyOn = on;
        this.sharedHow = how;
        this.sharedRecordedBy = by;
    }

    void distributed(Long sending, String by, Instant at) {
        this.sendingId = sending;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void notSent(String reason, String by, Instant at) {
        this.notSentReason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /** Sent on, or decided not to be: the agency can no longer write it again. */
    public boolean isDecided() {
        return decidedAt != null;
    }

    public boolean isDistributed() {
        return sendingId != null;
    }

    public Content content() {
        return new Content(authorName, authorRole, involvement, worries, workingWell, complications, childsViews,
                scaling, scalingReason);
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public Long getConferenceId() { return conferenceId; }
    public Long getParticipantId() { return participantId; }
    public Agency getAgency() { return agency; }
    public String getWrittenBy() { return writtenBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public int getSubmissions() { return submissions; }
    public LocalDate getSharedWithFamilyOn() { return sharedWithFamilyOn; }
    public String getSharedHow() { return sharedHow; }
    public String getSharedRecordedBy() { return sharedRecordedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public Long getSendingId() { return sendingId; }
    public String getNotSentReason() { return notSentReason; }
}
