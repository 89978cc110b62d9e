package uk.gov.childprotection.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A child protection conference (initial, review or transfer-in): its booking, its preparation, and the
 * Chair's record of the meeting (attendance, quorum, Signs of Safety, decision).
 */
@Entity
public class Conference {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConferenceType conferenceType;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConferenceStatus status;
    /** The date by which the conference must be held (statutory timescale). */
    @Column(nullable = false)
    private LocalDate dueDate;
    private Long relistedFromId;
    /**
     * The conference record of the household's meeting this child's conference is part of (its booking,
     * invitations and preparation); null when this record is the meeting's own.
     */
    private Long heldWithId;

    // Booking
    private LocalDate scheduledDate;
    private String scheduledTime;
    private String venue;
    private String onlineLink;
    private String chair;
    private String bookingNotes;

    // Invitations and preparation
    private Boolean childInvited;
    private Boolean childAdvocate;
    @Convert(converter = Agency.ListConverter.class)
    private List<Agency> proposedAgencies = List.of();
    private LocalDate swReportSharedDate;
    private String swReportSharedHow;
    private String parentsViewsOnReport;
    private LocalDate parentsContactedDate;
    private String chairContactNotes;
    private String reportsNotes;

    // The Chair's record
    private LocalDate heldDate;
    /** Why the conference was held on another day than the one booked (the Chair's words). */
    private String heldDateReason;
    @Convert(converter = Agency.ListConverter.class)
    private List<Agency> agenciesAttended = List.of();
    private Boolean parentsAttended;
    private Boolean childAttended;
    private String confidentialPartReason;
    private String confidentialPartSummary;
    private Boolean quorate;
    private String inquorateReason;
    private String dangerStatements;
    /** A danger statement for this child alone, where it differs from the family's. */
    private String childDangerStatement;
    private String workingWell;
    private String worries;
    private String complicatingFactors;
    private String childWishesAndFeelings;
    private String safetyGoals;
    @Enumerated(EnumType.STRING)
    private ConferenceDecision decision;
    @Convert(converter = Category.ListConverter.class)
    private List<Category> categories = List.of();
    private String leadSocialWorker;
    private LocalDate reviewDate;
    private String outlinePlan;
    private String endPlanReason;
    private Boolean seekLegalAdvice;
    private String legalAdviceReason;
    private LocalDate legalAdviceRequestedDate;
    private String legalAdviceNotes;
    /** The plan a review conference reviews. */
    private Long planId;
    private String recordedBy;

    @Column(nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected Conference() {
    }

    Conference(Long caseId, ConferenceType type, LocalDate dueDate, Instant createdAt) {
        this(caseId, null, type, dueDate, createdAt);
    }

    Conference(Long caseId, Long planId, ConferenceType type, LocalDate dueDate, Instant createdAt) {
        this.caseId = caseId;
        this.planId = planId;
        this.conferenceType = type;
        this.dueDate = dueDate;
        this.createdAt = createdAt;
        this.status = ConferenceStatus.TO_BE_BOOKED;
    }

    /** The conference that replaces an inquorate one: same case, type, timescale and invitations. */
    Conference relisted(Instant at) {
        return relisted(at, null);
    }

    /** As above, for a child of a household's meeting: the re-listed child's record is held with the new meeting. */
    Conference relisted(Instant at, Long nextMeetingId) {
        Conference next = new Conference(caseId, planId, conferenceType, dueDate, at);
        next.relistedFromId = id;
        next.heldWithId = nextMeetingId;
        next.proposedAgencies = proposedAgencies;
        next.childInvited = childInvited;
        next.childAdvocate = childAdvocate;
        next.chair = chair;
        this.status = ConferenceStatus.RELISTED;
        return next;
    }

    /** This child's conference is held at a brother's or sister's meeting: its booking is the meeting's. */
    void holdWith(Conference meeting) {
        this.heldWithId = meeting.getId();
        this.chair = meeting.chair;
        if (meeting.getStatus() == ConferenceStatus.BOOKED) {
            copyBooking(meeting);
        }
    }

    /** This child's conference now holds the household's meeting itself (the meeting's own child left it). */
    void holdTheMeeting() {
        this.heldWithId = null;
        this.status = ConferenceStatus.TO_BE_BOOKED;
    }

    /** This child's conference is now held with another brother's or sister's meeting record. */
    void heldWith(Long meetingId) {
        this.heldWithId = meetingId;
    }

    /** The meeting's booking, as the administrator made it for the household. */
    void copyBooking(Conference meeting) {
        this.scheduledDate = meeting.scheduledDate;
        this.scheduledTime = meeting.scheduledTime;
        this.venue = meeting.venue;
        this.onlineLink = meeting.onlineLink;
        this.chair = meeting.chair;
        this.bookingNotes = meeting.bookingNotes;
        this.status = ConferenceStatus.BOOKED;
    }

    /** The date it must be held by is brought forward (a review arranged sooner). */
    void mustBeHeldBy(LocalDate due) {
        this.dueDate = due;
    }

    void proposeAgencies(List<Agency> agencies) {
        this.proposedAgencies = List.copyOf(agencies);
    }

    void book(Booking booking) {
        this.scheduledDate = booking.date();
        this.scheduledTime = booking.time();
        this.venue = booking.venue();
        this.onlineLink = booking.onlineLink();
        this.chair = booking.chair();
        this.bookingNotes = booking.notes();
        this.status = ConferenceStatus.BOOKED;
    }

    /** Moved to another day (and perhaps another Chair or place); invitations and preparation stand. */
    void rearrange(Booking booking) {
        this.scheduledDate = booking.date();
        this.scheduledTime = booking.time();
        this.venue = booking.venue();
        this.onlineLink = booking.onlineLink();
        this.chair = booking.chair();
    }

    void invite(boolean childInvited, boolean childAdvocate) {
        this.childInvited = childInvited;
        this.childAdvocate = childAdvocate;
        this.status = ConferenceStatus.INVITED;
    }

    void recordReportShared(LocalDate date, String how, String parentsViews) {
        this.swReportSharedDate = date;
        this.swReportSharedHow = how;
        this.parentsViewsOnReport = parentsViews;
    }

    void recordChairContact(LocalDate date, String notes) {
        this.parentsContactedDate = date;
        this.chairContactNotes = notes;
    }

    void recordReportsNotes(String notes) {
        this.reportsNotes = notes;
    }

    void heldOnAnotherDay(String reason) {
        this.heldDateReason = reason;
    }

    void record(ConferenceRecord record, boolean quorate, String recordedBy) {
        this.heldDate = record.heldDate();
        this.agenciesAttended = List.copyOf(record.agenciesAttended());
        this.parentsAttended = record.parentsAttended();
        this.childAttended = record.childAttended();
        this.confidentialPartReason = record.confidentialPartReason();
        this.confidentialPartSummary = record.confidentialPartSummary();
        this.quorate = quorate;
        this.inquorateReason = record.inquorateReason();
        this.dangerStatements = record.dangerStatements();
        this.workingWell = record.workingWell();
        this.worries = record.worries();
        this.complicatingFactors = record.complicatingFactors();
        this.childWishesAndFeelings = record.childWishesAndFeelings();
        this.safetyGoals = record.safetyGoals();
        this.decision = record.decision();
        this.categories = List.copyOf(record.categories());
        this.leadSocialWorker = record.leadSocialWorker();
        this.reviewDate = record.reviewDate();
        this.outlinePlan = record.outlinePlan();
        this.endPlanReason = record.endPlanReason();
        this.seekLegalAdvice = record.seekLegalAdvice();
        this.legalAdviceReason = record.legalAdviceReason();
        this.recordedBy = recordedBy;
        this.status = ConferenceStatus.HELD;
    }

    /** The record as it stands, to correct. */
    public RecordTexts texts() {
        return new RecordTexts(dangerStatements, workingWell, worries, complicatingFactors, childWishesAndFeelings,
                safetyGoals, outlinePlan);
    }

    /** The Chair's corrections after an accepted amendment request. */
    void amend(RecordTexts texts) {
        this.dangerStatements = texts.dangerStatements();
        this.workingWell = texts.workingWell();
        this.worries = texts.worries();
        this.complicatingFactors = texts.complicatingFactors();
        this.childWishesAndFeelings = texts.childWishesAndFeelings();
        this.safetyGoals = texts.safetyGoals();
        this.outlinePlan = texts.outlinePlan();
    }

    /** What the Chair recorded for this child alone at a household's conference. */
    void recordForChildAlone(String dangerStatement) {
        this.childDangerStatement = dangerStatement;
    }

    void recordLegalAdviceRequested(LocalDate date, String notes) {
        this.legalAdviceRequestedDate = date;
        this.legalAdviceNotes = notes;
    }

    public boolean isDecided() {
        return decision != null && decision != ConferenceDecision.RELIST;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public ConferenceType getConferenceType() { return conferenceType; }
    public ConferenceStatus getStatus() { return status; }
    public LocalDate getDueDate() { return dueDate; }
    public Long getRelistedFromId() { return relistedFromId; }
    public Long getHeldWithId() { return heldWithId; }
    /** The record holding the meeting's booking and invitations: this one's, or the one it is held with. */
    public Long meetingId() { return heldWithId != null ? heldWithId : id; }
    public LocalDate getScheduledDate() { return scheduledDate; }
    public String getScheduledTime() { return scheduledTime; }
    public String getVenue() { return venue; }
    public String getOnlineLink() { return onlineLink; }
    public String getChair() { return chair; }
    public String getBookingNotes() { return bookingNotes; }
    public Boolean getChildInvited() { return childInvited; }
    public Boolean getChildAdvocate() { return childAdvocate; }
    public List<Agency> getProposedAgencies() { return proposedAgencies; }
    public LocalDate getSwReportSharedDate() { return swReportSharedDate; }
    public String getSwReportSharedHow() { return swReportSharedHow; }
    public String getParentsViewsOnReport() { return parentsViewsOnReport; }
    public LocalDate getParentsContactedDate() { return parentsContactedDate; }
    public String getChairContactNotes() { return chairContactNotes; }
    public String getReportsNotes() { return reportsNotes; }
    public LocalDate getHeldDate() { return heldDate; }
    public String getHeldDateReason() { return heldDateReason; }
    public List<Agency> getAgenciesAttended() { return agenciesAttended; }
    public Boolean getParentsAttended() { return parentsAttended; }
    public Boolean getChildAttended() { return childAttended; }
    public String getConfidentialPartReason() { return confidentialPartReason; }
    public String getConfidentialPartSummary() { return confidentialPartSummary; }
    /** A part of the meeting was held without the parents (the Chair asked them to leave). */
    public boolean hadConfidentialPart() { return confidentialPartReason != null; }
    public Boolean getQuorate() { return quorate; }
    public String getInquorateReason() { return inquorateReason; }
    public String getDangerStatements() { return dangerStatements; }
    public String getChildDangerStatement() { return childDangerStatement; }
    public String getWorkingWell() { return workingWell; }
    public String getWorries() { return worries; }
    public String getComplicatingFactors() { return complicatingFactors; }
    public String getChildWishesAndFeelings() { return childWishesAndFeelings; }
    public String getSafetyGoals() { return safetyGoals; }
    public ConferenceDecision getDecision() { return decision; }
    public List<Category> getCategories() { return categories; }
    public String getLeadSocialWorker() { return leadSocialWorker; }
    public LocalDate getReviewDate() { return reviewDate; }
    public String getOutlinePlan() { return outlinePlan; }
    public String getEndPlanReason() { return endPlanReason; }
    public Boolean getSeekLegalAdvice() { return seekLegalAdvice; }
    public String getLegalAdviceReason() { return legalAdviceReason; }
    public Long getPlanId() { return planId; }
    public LocalDate getLegalAdviceRequestedDate() { return legalAdviceRequestedDate; }
    public String getLegalAdviceNotes() { return legalAdviceNotes; }
    public String getRecordedBy() { return recordedBy; }

    /** Whether this conference's decision ends the plan it reviews. */
    public boolean endsPlan() {
        return conferenceType == ConferenceType.REVIEW && isDecided()
                && decision != ConferenceDecision.CHILD_PROTECTION_PLAN;
    }
}
