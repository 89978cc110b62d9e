package uk.gov.childprotection.complaint;

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
 * A parent's disagreement with a conference decision, and each step it went through (seed 003): the talk with
 * the social worker, the Chair's informal meeting, the formal complaint, the multi-agency panel and, where the
 * panel recommended it, the conference that reconsiders. The decision itself is never changed here.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

    /** Where it began: a parent's disagreement (the social worker first), or straight away a formal complaint. */
    public enum BeganAs { DISAGREEMENT, FORMAL_COMPLAINT }

    /** To whom the formal complaint was made (seed 003: the Chair, or the manager of the unit). */
    public enum MadeTo { CHAIR, UNIT_MANAGER }

    /** What the formal complaint is about: the conference (heard by the panel), or one agency's own service. */
    public enum About { CONFERENCE, ONE_AGENCY }

    public enum Recommendation { RECONSIDER, NO_CHANGE }

    public enum Outcome {
        RESOLVED_WITH_SOCIAL_WORKER("the parent was satisfied after talking to the social worker"),
        RESOLVED_AT_INFORMAL_MEETING("the parent was satisfied after the Chair's informal meeting"),
        NO_FORMAL_COMPLAINT("no formal complaint after the Chair's informal meeting"),
        POINTED_TO_AGENCY("about one agency's service: pointed to that agency's procedure"),
        PANEL_NO_CHANGE("the panel did not recommend that the conference reconsider"),
        PANEL_RECOMMENDED_RECONSIDERATION("the panel recommended that the conference reconsider");

        private final String label;

        Outcome(String label) {
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
    private Long caseId;
    @Column(nullable = false)
    private Long conferenceId;
    @Column(nullable = false)
    private Long participantId;
    @Column(nullable = false)
    private LocalDate raisedOn;
    @Column(nullable = false)
    private String concern;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BeganAs beganAs;
    private String recordedBy;
    @Column(nullable = false)
    private Instant recordedAt;

    private LocalDate conversationOn;
    private String conversationNotes;
    private String conversationBy;

    private LocalDate meetingOn;
    private String meetingNotes;
    private String meetingBy;

    private LocalDate formalReceivedOn;
    @Enumerated(EnumType.STRING)
    private MadeTo formalMadeTo;
    @Enumerated(EnumType.STRING)
    private About formalAbout;
    @Enumerated(EnumType.STRING)
    private Agency formalAgency;
    private String formalText;
    private Boolean formalLate;
    private String formalRecordedBy;

    private LocalDate panelOn;
    private String panelHealth;
    private String panelPolice;
    private String panelEducation;
    private String panelSocialCare;
    private String panelFindings;
    @Enumerated(EnumType.STRING)
    private Recommendation panelRecommendation;
    private String panelRecordedBy;

    private LocalDate reconsiderOn;
    private String reconsiderArrangement;
    private String reconsiderBy;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    private LocalDate closedOn;

    protected Complaint() {
    }

    Complaint(Long caseId, Long conferenceId, Long participantId, LocalDate raisedOn, String concern,
            BeganAs beganAs, String recordedBy, Instant recordedAt) {
        this.caseId = caseId;
        this.conferenceId = conferenceId;
        this.participantId = participantId;
        this.raisedOn = raisedOn;
        this.concern = concern;
        this.beganAs = beganAs;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void conversation(LocalDate on, String notes, String by) {
        this.conversationOn = on;
        this.conversationNotes = notes;
        this.conversationBy = by;
    }

    void meeting(LocalDate on, String notes, String by) {
        this.meetingOn = on;
        this.meetingNotes = notes;
        this.meetingBy = by;
    }

    void formal(LocalDate receivedOn, MadeTo madeTo, About about, Agency agency, String text, boolean late,
            String by) {
        this.formalReceivedOn = receivedOn;
        this.formalMadeTo = madeTo;
        this.formalAbout = about;
        this.formalAgency = agency;
        this.formalText = text;
        this.formalLate = late;
        this.formalRecordedBy = by;
    }

    void panel(LocalDate on, String health, String police, String education, String socialCare, String findings,
            Recommendation recommendation, String by) {
        this.panelOn = on;
        this.panelHealth = health;
        this.panelPolice = police;
        this.panelEducation = education;
        this.panelSocialCare = socialCare;
        this.panelFindings = findings;
        this.panelRecommendation = recommendation;
        this.panelRecordedBy = by;
    }

    void reconsideration(LocalDate on, String arrangement, String by) {
        this.reconsiderOn = on;
        this.reconsiderArrangement = arrangement;
        this.reconsiderBy = by;
    }

    void close(Outcome outcome, LocalDate on) {
        this.outcome = outcome;
        this.closedOn = on;
    }

    public boolean isClosed() { return outcome != null; }
    public boolean isFormal() { return formalReceivedOn != null; }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public Long getConferenceId() { return conferenceId; }
    public Long getParticipantId() { return participantId; }
    public LocalDate getRaisedOn() { return raisedOn; }
    public String getConcern() { return concern; }
    public BeganAs getBeganAs() { return beganAs; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public LocalDate getConversationOn() { return conversationOn; }
    public String getConversationNotes() { return conversationNotes; }
    public String getConversationBy() { return conversationBy; }
    public LocalDate getMeetingOn() { return meetingOn; }
    public String getMeetingNotes() { return meetingNotes; }
    public String getMeetingBy() { return meetingBy; }
    public LocalDate getFormalReceivedOn() { return formalReceivedOn; }
    public MadeTo getFormalMadeTo() { return formalMadeTo; }
    public About getFormalAbout() { return formalAbout; }
    public Agency getFormalAgency() { return formalAgency; }
    public String getFormalText() { return formalText; }
    public Boolean getFormalLate() { return formalLate; }
    public String getFormalRecordedBy() { return formalRecordedBy; }
    public LocalDate getPanelOn() { return panelOn; }
    public String getPanelHealth() { return panelHealth; }
    public String getPanelPolice() { return panelPolice; }
    public String getPanelEducation() { return panelEducation; }
    public String getPanelSocialCare() { return panelSocialCare; }
    public String getPanelFindings() { return panelFindings; }
    public Recommendation getPanelRecommendation() { return panelRecommendation; }
    public String getPanelRecordedBy() { return panelRecordedBy; }
    public LocalDate getReconsiderOn() { return reconsiderOn; }
    public String getReconsiderArrangement() { return reconsiderArrangement; }
    public String getReconsiderBy() { return reconsiderBy; }
    public Outcome getOutcome() { return outcome; }
    public LocalDate getClosedOn() { return closedOn; }
}
