package uk.gov.childprotection.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** GET /api/cases/{reference}: the case as a person needs it, with every statutory deadline. */
public record CaseSummary(
        String reference,
        String stage,
        String stageLabel,
        ChildView child,
        String socialWorker,
        String teamManager,
        ReferralView referral,
        CensusView census,
        StrategyDiscussionView strategyDiscussion,
        EnquiryView section47Enquiry,
        List<ConferenceView> conferences,
        List<ProtectionPlanView> childProtectionPlans,
        List<ChildInNeedPlanView> childInNeedPlans,
        List<EventView> events,
        List<DeadlineView> deadlines,
        FamilyView family) {

    /** The household the child lives in: its brothers and sisters, and the child's parents and carers. */
    public record FamilyView(Long id, List<SiblingView> siblings, List<CarerView> parentsAndCarers) {
    }

    public record SiblingView(String name, LocalDate dateOfBirth, LocalDate expectedDateOfDelivery,
            List<String> caseReferences, String stage) {
    }

    public record CarerView(Long personId, String name, String relationship, boolean parentalResponsibility) {
    }

    public record EventView(String kind, LocalDate date, String details, String recordedBy) {
    }

    public record ChildView(String givenName, String familyName, LocalDate dateOfBirth,
            LocalDate expectedDateOfDelivery, Integer ageYears, String gender, String address, String firstLanguage) {
    }

    public record ReferralView(LocalDate date, String source, String concerns, List<String> circumstances,
            Instant openedAt, String transferInFrom, LocalDate transferInNotifiedDate) {
    }

    public record CensusView(LocalDate cinReferralDate, boolean referralNfa, LocalDate s47ActualStartDate,
            LocalDate initialCpcTarget, LocalDate dateOfInitialCpc, Boolean icpcNotRequired,
            LocalDate cinClosureDate, String reasonForClosure, String reasonForClosureDescription) {
    }

    public record StrategyDiscussionView(LocalDate date, String socialCare, String police, String health,
            String others, String decision, String rationale, String recordedBy) {
    }

    public record EnquiryView(LocalDate startDate, LocalDate childSeenDate, String findings, String outcome,
            LocalDate completedDate, String recordedBy, String authorisation, String authorisedBy,
            Instant authorisedAt, String managerComments) {
    }

    public record ConferenceView(Long id, String type, String status, LocalDate dueDate, Long relistedFrom,
            LocalDate scheduledDate, String scheduledTime, String venue, String onlineLink, String chair,
            List<String> proposedAgencies, List<ParticipantView> participants, PreparationView preparation,
            RecordView record) {
    }

    public record ParticipantView(String kind, String name, String relationship, String agency,
            Boolean parentalResponsibility, String interpreterLanguage, boolean needsSigner, boolean needsAdvocate,
            boolean accessibleRoom, boolean largePrint, LocalDate reportRequested, boolean reportReceived,
            boolean reportSharedWithFamily, String exclusion, String exclusionReason, String viewsArrangement,
            String separatePart) {
    }

    public record PreparationView(LocalDate socialWorkerReportSharedOn, String sharedHow, String parentsViewsOnReport,
            LocalDate chairContactedParentsOn, String chairContactNotes, String reportsNotes) {
    }

    public record RecordView(LocalDate heldDate, List<String> agenciesAttended, Boolean parentsAttended,
            Boolean childAttended, String confidentialPartReason, Boolean quorate, String inquorateReason,
            SignsOfSafetyView signsOfSafety, List<ScalingView> scaling, String decision, List<String> categories,
            String leadSocialWorker, LocalDate reviewDate, String outlinePlan, List<MemberView> coreGroup,
            String recordedBy) {
    }

    public record SignsOfSafetyView(String dangerStatements, String workingWell, String worries,
            String complicatingFactors, String childWishesAndFeelings, String safetyGoals) {
    }

    public record ScalingView(String participant, int score) {
    }

    public record MemberView(String name, String role) {
    }

    public record ProtectionPlanView(Long id, LocalDate startDate, LocalDate endDate, String endReason,
            String initialCategory, String latestCategory, String leadSocialWorker, int numberOfPreviousPlans,
            Long conferenceId, String endDecidedBy, LocalDate endDecisionDate, String agenciesConsulted,
            List<LocalDate> reviewDates, List<ActionView> actions,
            List<MeetingView> coreGroupMeetings, List<VisitView> visits) {
    }

    public record ActionView(Long id, String what, String who, LocalDate byWhen, String successMeasure,
            String progress) {
    }

    public record MeetingView(LocalDate date, boolean firstMeeting, String attendees, String notes,
            List<ProgressView> progress) {
    }

    public record ProgressView(Long actionId, String progress) {
    }

    public record VisitView(LocalDate date, boolean childSeen, boolean childSeenAlone, boolean homeSeen,
            String concerns, String reasonNotSeen, String recordedBy) {
    }

    public record ChildInNeedPlanView(Long id, LocalDate startDate, LocalDate endDate, String endReason,
            String decidedAt) {
    }

    public record DeadlineView(String kind, String description, LocalDate dueDate, LocalDate metDate,
            boolean overdue, String delayReason, String delayRecordedBy, LocalDate closedDate,
            String closedReason) {

        static DeadlineView of(StatutoryDeadline d, LocalDate today) {
            return new DeadlineView(d.getKind().name(), d.getKind().description(), d.getDueDate(), d.getMetDate(),
                    d.isOverdueOn(today), d.getDelayReason(), d.getDelayRecordedBy(), d.getClosedDate(),
                    d.getClosedReason());
        }
    }
}
