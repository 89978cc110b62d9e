package uk.gov.childprotection.conference;

import uk.gov.childprotection.family.Relationship;

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

/** Someone invited to a conference: a parent or carer, the child, an agency, or a named professional. */
@Entity
@Table(name = "conference_participant")
public class Participant {

    public enum Kind { PARENT, CHILD, AGENCY, PROFESSIONAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long conferenceId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    private Relationship relationship;
    @Enumerated(EnumType.STRING)
    private Agency agency;
    private String email;
    @Column(nullable = false)
    private boolean parentalResponsibility;
    private String interpreterLanguage;
    @Column(nullable = false)
    private boolean needsSigner;
    @Column(nullable = false)
    private boolean needsAdvocate;
    @Column(nullable = false)
    private boolean accessibleRoom;
    @Column(nullable = false)
    private boolean largePrint;
    @Column(nullable = false)
    private Instant invitedAt;
    private LocalDate reportRequestedDate;
    @Column(nullable = false)
    private boolean reportReceived;
    @Column(nullable = false)
    private boolean reportSharedWithFamily;
    /** The day the agency shared its report with the family, when it said (none when only ticked as shared). */
    private LocalDate reportSharedOn;
    @Enumerated(EnumType.STRING)
    private ExclusionDecision exclusion;
    private String exclusionRequestedBy;
    private String exclusionReason;
    private String viewsArrangement;
    /** For a parent or carer: the household's person they are (their responsibility is recorded child by child). */
    private Long personId;
    /** For a child: the child's case (a household's conference invites each child old enough). */
    private Long childCaseId;
    /** Whether they were at the conference (the Chair's record); none before it, or when recorded for all at once. */
    @Enumerated(EnumType.STRING)
    private Attendance attendance;
    /** For a parent attending separately: their own part of the conference (none: the whole of it). */
    private java.time.LocalTime separatePartStarts;
    private java.time.LocalTime separatePartEnds;

    protected Participant() {
    }

    private Participant(Long conferenceId, Kind kind, String name, Instant invitedAt) {
        this.conferenceId = conferenceId;
        this.kind = kind;
        this.name = name;
        this.invitedAt = invitedAt;
    }

    static Participant parent(Long conferenceId, ParentInvitation parent, Instant at) {
        Participant p = new Participant(conferenceId, Kind.PARENT, parent.name(), at);
        p.relationship = parent.relationship();
        p.parentalResponsibility = parent.parentalResponsibility();
        p.email = parent.email();
        p.interpreterLanguage = parent.interpreterLanguage();
        p.needsSigner = parent.needsSigner();
        p.needsAdvocate = parent.needsAdvocate();
        p.accessibleRoom = parent.accessibleRoom();
        p.largePrint = parent.largePrint();
        if (parent.separatePart() != null) {
            p.separatePartStarts = parent.separatePart().starts();
            p.separatePartEnds = parent.separatePart().ends();
        }
        return p;
    }

    static Participant child(Long conferenceId, Long caseId, String name, boolean advocate, Instant at) {
        Participant p = new Participant(conferenceId, Kind.CHILD, name, at);
        p.needsAdvocate = advocate;
        p.childCaseId = caseId;
        return p;
    }

    void isPerson(Long familyPersonId) {
        this.personId = familyPersonId;
    }

    static Participant agency(Long conferenceId, Agency agency, Instant at) {
        Participant p = new Participant(conferenceId, Kind.AGENCY, agency.label(), at);
        p.agency = agency;
        return p;
    }

    static Participant professional(Long conferenceId, String name, Agency agency, String email, Instant at) {
        Participant p = new Participant(conferenceId, Kind.PROFESSIONAL, name, at);
        p.agency = agency;
        p.email = email;
        return p;
    }

    /** A copy for the re-listed conference: the same people are invited again. */
    Participant copyFor(Long otherConferenceId, Instant at) {
        Participant p = new Participant(otherConferenceId, kind, name, at);
        p.relationship = relationship;
        p.agency = agency;
        p.email = email;
        p.parentalResponsibility = parentalResponsibility;
        p.interpreterLanguage = interpreterLanguage;
        p.needsSigner = needsSigner;
        p.needsAdvocate = needsAdvocate;
        p.accessibleRoom = accessibleRoom;
        p.largePrint = largePrint;
        p.exclusion = exclusion;
        p.exclusionRequestedBy = exclusionRequestedBy;
        p.exclusionReason = exclusionReason;
        p.viewsArrangement = viewsArrangement;
        p.personId = personId;
        p.childCaseId = childCaseId;
        p.separatePartStarts = separatePartStarts;
        p.separatePartEnds = separatePartEnds;
        return p;
    }

    /**
     * Whether this participant is asked for a report on the multi-agency template: every invited agency but
     * children's social care, whose report is the social worker's, shared with the parents 3 working days before.
     */
    public boolean writesAgencyReport() {
        return kind == Kind.AGENCY && agency != Agency.SOCIAL_CARE;
    }

    /**
     * Whether this participant is sent another agency's report: every other agency and named professional invited,
     * never a parent or the child (each agency shares its own report with the family, seed 001), and not the
     * agency that wrote it.
     */
    public boolean receivesReportOf(Agency author) {
        return (kind == Kind.AGENCY || kind == Kind.PROFESSIONAL) && agency != author;
    }

    /** The conference starts at another time: their part keeps its place in it. */
    void moveSeparatePart(SeparatePart moved) {
        this.separatePartStarts = moved.starts();
        this.separatePartEnds = moved.ends();
    }

    void recordAttendance(Attendance attendance) {
        this.attendance = attendance;
    }

    void requestReport(LocalDate on) {
        this.reportRequestedDate = on;
    }

    void recordReport(boolean received, boolean sharedWithFamily) {
        this.reportReceived = received;
        this.reportSharedWithFamily = sharedWithFamily;
        if (!sharedWithFamily) {
            this.reportSharedOn = null;
        }
    }

    void recordReportShared(LocalDate on) {
        recordReport(true, true);
        this.reportSharedOn = on;
    }

    void decideExclusion(ExclusionDecision decision, String requestedBy, String reason, String viewsArrangement) {
        this.exclusion = decision;
        this.exclusionRequestedBy = requestedBy;
        this.exclusionReason = reason;
        this.viewsArrangement = viewsArrangement;
    }

    public Long getId() { return id; }
    public Long getConferenceId() { return conferenceId; }
    public Kind getKind() { return kind; }
    public String getName() { return name; }
    public Relationship getRelationship() { return relationship; }
    public Agency getAgency() { return agency; }
    public String getEmail() { return email; }
    public boolean isParentalResponsibility() { return parentalResponsibility; }
    public String getInterpreterLanguage() { return interpreterLanguage; }
    public boolean isNeedsSigner() { return needsSigner; }
    public boolean isNeedsAdvocate() { return needsAdvocate; }
    public boolean isAccessibleRoom() { return accessibleRoom; }
    public boolean isLargePrint() { return largePrint; }
    public Instant getInvitedAt() { return invitedAt; }
    public LocalDate getReportRequestedDate() { return reportRequestedDate; }
    public boolean isReportReceived() { return reportReceived; }
    public boolean isReportSharedWithFamily() { return reportSharedWithFamily; }
    public LocalDate getReportSharedOn() { return reportSharedOn; }
    public ExclusionDecision getExclusion() { return exclusion; }
    public String getExclusionRequestedBy() { return exclusionRequestedBy; }
    public String getExclusionReason() { return exclusionReason; }
    public String getViewsArrangement() { return viewsArrangement; }
    public Long getPersonId() { return personId; }
    public Attendance getAttendance() { return attendance; }
    public Long getChildCaseId() { return childCaseId; }

    /** Their own part of the conference when parents attend separately; null when they come for the whole. */
    public SeparatePart getSeparatePart() {
        return separatePartStarts == null ? null : new SeparatePart(separatePartStarts, separatePartEnds);
    }
}
