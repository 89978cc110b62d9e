package uk.gov.childprotection.conference;

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

/**
 * The child's own views for their conference (seeds 002, 004: My Conference Pack, a wishes and feelings form; seed
 * 003: an advocate who meets the child before the conference), shared at the conference whether or not the
 * child comes.
 */
@Entity
@Table(name = "child_views")
public class ChildViews {

    /** How the views came. */
    public enum How {
        MY_CONFERENCE_PACK("My Conference Pack"),
        WISHES_AND_FEELINGS_FORM("a wishes and feelings form"),
        THROUGH_ADVOCATE("told to their advocate"),
        THROUGH_SOCIAL_WORKER("told to their social worker"),
        OTHER("in their own way (a drawing, a letter, a recording)");

        private final String label;

        How(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long conferenceId;
    @Column(nullable = false)
    private Long caseId;
    @Column(nullable = false)
    private LocalDate receivedOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private How receivedHow;
    @Column(nullable = false)
    private String views;
    private boolean childAttending;
    private String advocateName;
    private LocalDate advocateMetOn;
    private String recordedBy;
    @Column(nullable = false)
    private Instant recordedAt;

    protected ChildViews() {
    }

    ChildViews(Long conferenceId, Long caseId, LocalDate receivedOn, How receivedHow, String views,
            boolean childAttending, String advocateName, LocalDate advocateMetOn, String recordedBy,
            Instant recordedAt) {
        this.conferenceId = conferenceId;
        this.caseId = caseId;
        this.receivedOn = receivedOn;
        this.receivedHow = receivedHow;
        this.views = views;
        this.childAttending = childAttending;
        this.advocateName = advocateName;
        this.advocateMetOn = advocateMetOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public Long getConferenceId() { return conferenceId; }
    public Long getCaseId() { return caseId; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public How getReceivedHow() { return receivedHow; }
    public String getViews() { return views; }
    public boolean isChildAttending() { return childAttending; }
    public String getAdvocateName() { return advocateName; }
    public LocalDate getAdvocateMetOn() { return advocateMetOn; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
