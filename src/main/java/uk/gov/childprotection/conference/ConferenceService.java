package uk.gov.childprotection.conference;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.TimescaleSettings;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.calendar.WorkingDayCalendar;
import uk.gov.childprotection.cases.CaseRepository;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.cases.DeadlineKind;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.common.NotFoundException;
import uk.gov.childprotection.common.Problems;
import uk.gov.childprotection.security.Roles;
import uk.gov.childprotection.security.Staff;

/**
 * The conference from convening to the Chair's decision: booking, invitations, reports, the Chair's contact
 * with the parents, and the record of the meeting with its quorum rule. One service for every conference type.
 */
@Service
@Transactional
public class ConferenceService {

    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    /** Quorum: children's social care and at least this many other agencies (DOMAIN.md, "Quorum"). */
    static final int OTHER_AGENCIES_FOR_QUORUM = 2;

    private final ConferenceRepository conferences;
    private final ParticipantRepository participants;
    private final ScalingScoreRepository scaling;
    private final CoreGroupMemberRepository coreGroup;
    private final ChildCaseService caseService;
    private final CaseRepository cases;
    private final DeadlineService deadlines;
    private final WorkingDayCalendar calendar;
    private final TimescaleSettings timescales;
    private final Staff staff;
    private final Today today;

    public ConferenceService(ConferenceRepository conferences, ParticipantRepository participants,
            ScalingScoreRepository scaling, CoreGroupMemberRepository coreGroup, ChildCaseService caseService,
            CaseRepository cases, DeadlineService deadlines, WorkingDayCalendar calendar,
            TimescaleSettings timescales, Staff staff, Today today) {
        this.conferences = conferences;
        this.participants = participants;
        this.scaling = scaling;
        this.coreGroup = coreGroup;
        this.caseService = caseService;
        this.cases = cases;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.timescales = timescales;
        this.staff = staff;
        this.today = today;
    }

    /** Opens the conference record. An initial conference is due by the ICPC deadline of the case. */
    public Conference convene(String caseReference, ConferenceType type) {
        ChildProtectionCase aCase = caseService.get(caseReference);
        LocalDate due = switch (type) {
            case INITIAL -> deadlines.latest(aCase, DeadlineKind.ICPC_HELD).getDueDate();
            case TRANSFER_IN -> deadlines.latest(aCase, DeadlineKind.TRANSFER_IN_CONFERENCE).getDueDate();
            case REVIEW -> throw new IllegalArgumentException("A review is convened for a plan: use conveneReview");
        };
        return conferences.save(new Conference(aCase.getId(), type, due, today.now().toInstant()));
    }

    /** Opens a review conference of a plan, due by the date the last conference set. */
    public Conference conveneReview(ChildProtectionCase aCase, Long planId, LocalDate due) {
        return conferences.save(new Conference(aCase.getId(), planId, ConferenceType.REVIEW, due,
                today.now().toInstant()));
    }

    /** The latest conference of the case that reached a decision. */
    @Transactional(readOnly = true)
    public Conference latestDecided(Long caseId) {
        return findLatestDecided(caseId)
                .orElseThrow(() -> new IllegalStateException("No conference of case " + caseId + " has decided"));
    }

    /** The case's last conference to have decided, if any has. */
    @Transactional(readOnly = true)
    public java.util.Optional<Conference> findLatestDecided(Long caseId) {
        return conferences.findByCaseIdOrderByIdAsc(caseId).stream().filter(Conference::isDecided)
                .reduce((first, second) -> second);
    }

    /** The earliest review of the case that said legal advice will be sought, and for which none is recorded yet. */
    @Transactional(readOnly = true)
    public Conference awaitingLegalAdvice(String caseReference) {
        ChildProtectionCase aCase = caseService.get(caseReference);
        return conferences.findByCaseIdOrderByIdAsc(aCase.getId()).stream()
                .filter(c -> Boolean.TRUE.equals(c.getSeekLegalAdvice()) && c.getLegalAdviceRequestedDate() == null)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No review of case " + caseReference
                        + " is waiting for legal advice"));
    }

    /** The team manager has asked for legal advice after a review found no progress or increased harm. */
    public void recordLegalAdviceRequested(Long conferenceId, LocalDate requestedOn, String notes,
            Problems problems) {
        Conference conference = get(conferenceId);
        if (requestedOn != null) {
            problems.check(!requestedOn.isAfter(today.date()), "legalAdviceRequestedDate",
                    "must not be in the future");
            problems.check(conference.getHeldDate() == null || !requestedOn.isBefore(conference.getHeldDate()),
                    "legalAdviceRequestedDate", "must not be before the review conference");
        }
        problems.throwIfAny();
        conference.recordLegalAdviceRequested(requestedOn, notes);
    }

    /** Keeps what the invitation table proposed, for the administrator to confirm. */
    public void proposeAgencies(Long conferenceId, List<String> agencyNames) {
        Set<Agency> agencies = new LinkedHashSet<>();
        agencyNames.forEach(name -> agencies.add(Agency.valueOf(name)));
        get(conferenceId).proposeAgencies(List.copyOf(agencies));
    }

    public void book(Long conferenceId, Booking booking, Problems problems) {
        Conference conference = get(conferenceId);
        ChildProtectionCase aCase = caseOf(conference);
        if (booking.date() != null) {
            problems.check(!booking.date().isBefore(today.date()), "conferenceDate", "must not be in the past");
            problems.check(calendar.isWorkingDay(booking.date()), "conferenceDate",
                    booking.date() + " is not a working day (a weekend or a bank holiday)");
        }
        problems.check(booking.time() == null || TIME.matcher(booking.time()).matches(), "conferenceTime",
                "use the 24-hour clock, for example 09:30");
        problems.check(booking.venue() != null || booking.onlineLink() != null, "venue",
                "give a venue or an online meeting link");
        if (booking.chair() != null) {
            problems.check(staff.isMember(booking.chair(), Roles.CHAIRS), "chair",
                    "'" + booking.chair() + "' is not a Child Protection Chair");
            problems.check(!aCase.isAllocatedTo(booking.chair()), "chair",
                    "the Chair must be independent of the case: '" + booking.chair()
                            + "' is the child's social worker or team manager");
        }
        problems.throwIfAny();
        conference.book(booking);
        deadlines.open(aCase, conferenceId, DeadlineKind.SOCIAL_WORKER_REPORT_TO_PARENTS,
                calendar.subtractWorkingDays(booking.date(), timescales.socialWorkerReportWorkingDaysBefore()));
    }

    public record Invitations(List<Agency> agencies, List<ParentInvitation> parents, boolean childInvited,
            boolean childAdvocate, List<Professional> professionals) {
    }

    public record Professional(String name, Agency agency, String email) {
    }

    /** Records who is invited. Children's social care is always invited; a quorum needs two more agencies. */
    public void invite(Long conferenceId, Invitations invitations, Problems problems) {
        Conference conference = get(conferenceId);
        Set<Agency> agencies = new LinkedHashSet<>();
        agencies.add(Agency.SOCIAL_CARE);
        agencies.addAll(invitations.agencies());
        problems.check(agencies.size() - 1 >= OTHER_AGENCIES_FOR_QUORUM, "invitedAgencies",
                "invite at least " + OTHER_AGENCIES_FOR_QUORUM + " agencies besides children's social care, "
                        + "or the conference cannot be quorate");
        problems.check(!invitations.parents().isEmpty(), "parents",
                "invite at least one parent or carer (anyone with parental responsibility)");
        problems.throwIfAny();

        participants.deleteAll(participants.findByConferenceIdOrderByIdAsc(conferenceId));
        var at = today.now().toInstant();
        List<Participant> invited = new ArrayList<>();
        invitations.parents().forEach(parent -> invited.add(Participant.parent(conferenceId, parent, at)));
        if (invitations.childInvited()) {
            invited.add(Participant.child(conferenceId, caseOf(conference).getChild().fullName(),
                    invitations.childAdvocate(), at));
        }
        agencies.forEach(agency -> invited.add(Participant.agency(conferenceId, agency, at)));
        invitations.professionals().forEach(p ->
                invited.add(Participant.professional(conferenceId, p.name(), p.agency(), p.email(), at)));
        participants.saveAll(invited);
        conference.invite(invitations.childInvited(), invitations.childAdvocate());
    }

    /** Every invited agency but social care is asked for its report on the multi-agency template. */
    public int requestAgencyReports(Long conferenceId) {
        int requested = 0;
        for (Participant p : participants.findByConferenceIdOrderByIdAsc(conferenceId)) {
            if (p.writesAgencyReport()) {
                p.requestReport(today.date());
                requested++;
            }
        }
        return requested;
    }

    public void recordSocialWorkerReportShared(Long conferenceId, LocalDate sharedOn, String how,
            String parentsViews, Problems problems) {
        Conference conference = get(conferenceId);
        if (sharedOn != null) {
            problems.check(!sharedOn.isAfter(today.date()), "reportSharedDate", "must not be in the future");
        }
        problems.throwIfAny();
        conference.recordReportShared(sharedOn, how, parentsViews);
        deadlines.meet(caseOf(conference), DeadlineKind.SOCIAL_WORKER_REPORT_TO_PARENTS, sharedOn);
    }

    public record ChairContact(LocalDate contactedOn, String notes, boolean exclusionRequested, String parentName,
            String requestedBy, ExclusionDecision decision, String reason, String viewsArrangement) {
    }

    /** The Chair's call to the parents, and the decision on any request to exclude one of them. */
    public void recordChairContact(Long conferenceId, ChairContact contact, Problems problems) {
        Conference conference = get(conferenceId);
        if (contact.contactedOn() != null) {
            problems.check(!contact.contactedOn().isAfter(today.date()), "parentsContactedDate",
                    "must not be in the future");
        }
        Participant parent = null;
        if (contact.exclusionRequested()) {
            problems.check(contact.parentName() != null, "excludedParentName", "say which parent");
            problems.check(contact.decision() != null, "exclusionDecision", "record your decision");
            problems.check(contact.reason() != null, "exclusionReason", "record the reason for your decision");
            if (contact.parentName() != null) {
                parent = participants.findByConferenceIdOrderByIdAsc(conferenceId).stream()
                        .filter(p -> p.getKind() == Participant.Kind.PARENT)
                        .filter(p -> p.getName().equalsIgnoreCase(contact.parentName()))
                        .findFirst().orElse(null);
                problems.check(parent != null, "excludedParentName",
                        "no invited parent or carer is called '" + contact.parentName() + "'");
            }
            problems.check(contact.decision() == null || contact.decision() == ExclusionDecision.NOT_EXCLUDED
                            || contact.viewsArrangement() != null, "parentViewsArrangement",
                    "say how the excluded parent's views will reach the conference");
        }
        problems.throwIfAny();
        conference.recordChairContact(contact.contactedOn(), contact.notes());
        if (parent != null) {
            parent.decideExclusion(contact.decision(), contact.requestedBy(), contact.reason(),
                    contact.viewsArrangement());
        }
    }

    public void recordAgencyReports(Long conferenceId, List<Agency> received, List<Agency> shared, String notes,
            Problems problems) {
        Conference conference = get(conferenceId);
        for (Agency agency : shared) {
            problems.check(received.contains(agency), "reportsSharedWithFamily",
                    agency.label() + ": a report can only be shared once it has been received");
        }
        problems.throwIfAny();
        for (Participant p : participants.findByConferenceIdOrderByIdAsc(conferenceId)) {
            if (p.writesAgencyReport()) {
                p.recordReport(received.contains(p.getAgency()), shared.contains(p.getAgency()));
            }
        }
        conference.recordReportsNotes(notes);
    }

    /** Quorate: children's social care and at least two other agencies present. */
    public static boolean isQuorate(List<Agency> attended) {
        return attended.contains(Agency.SOCIAL_CARE)
                && attended.stream().filter(a -> a != Agency.SOCIAL_CARE).distinct().count()
                        >= OTHER_AGENCIES_FOR_QUORUM;
    }

    /**
     * The Chair's record. An inquorate conference is re-listed unless the Chair records an exceptional reason
     * to decide; a plan needs a category, a lead social worker, a core group and a review date in time.
     */
    public ConferenceDecision recordConference(Long conferenceId, ConferenceRecord record, Problems problems,
            String chair) {
        Conference conference = get(conferenceId);
        ChildProtectionCase aCase = caseOf(conference);
        ConferenceDecision decision = record.decision();
        boolean quorate = isQuorate(record.agenciesAttended());
        LocalDate held = record.heldDate();
        if (held != null) {
            problems.check(!held.isAfter(today.date()), "conferenceHeldDate", "must not be in the future");
            problems.check(!held.isBefore(aCase.getReferralDate()), "conferenceHeldDate",
                    "must not be before the referral (" + aCase.getReferralDate() + ")");
        }
        problems.check(!record.confidentialPart() || record.confidentialPartReason() != null,
                "confidentialPartReason", "say why a parent was asked to leave");
        problems.check(!record.confidentialPart() || record.confidentialPartSummary() != null,
                "confidentialPartSummary", "record what was said in the confidential part (it is left out of the "
                        + "parents' copy of the record)");
        if (decision == ConferenceDecision.RELIST) {
            problems.check(!quorate, "conferenceDecision",
                    "the conference is quorate, so it decides: choose a plan, Child in Need or no further action");
        } else if (decision != null) {
            if (!quorate) {
                problems.check(record.proceedInquorate() && record.inquorateReason() != null, "conferenceDecision",
                        "the conference is not quorate (children's social care and at least two other agencies "
                                + "must be present): re-list it, or record the exceptional reason to decide");
            }
            problems.check(record.dangerStatements() != null, "dangerStatements", "is required");
            problems.check(record.workingWell() != null, "workingWell", "is required");
            problems.check(record.worries() != null, "worries", "is required");
            problems.check(record.safetyGoals() != null, "safetyGoals", "is required");
            problems.check(record.childWishesAndFeelings() != null, "childWishesAndFeelings",
                    "record the child's wishes and feelings (or how they were sought)");
            problems.check(!record.scaling().isEmpty(), "scaling", "record at least one participant's scaling");
            for (int i = 0; i < record.scaling().size(); i++) {
                ConferenceRecord.Scaling s = record.scaling().get(i);
                problems.check(s.participant() != null, "scaling", "line " + (i + 1) + ": say whose score this is");
                problems.check(s.score() != null && s.score() >= 0 && s.score() <= 10, "scaling",
                        "line " + (i + 1) + " (" + s.participant() + "): a score from 0 (very worried) to 10 (safe)");
            }
        }
        boolean review = conference.getConferenceType() == ConferenceType.REVIEW;
        boolean endsPlan = review && decision != null && decision != ConferenceDecision.RELIST
                && decision != ConferenceDecision.CHILD_PROTECTION_PLAN;
        if (endsPlan) {
            problems.check(quorate, "conferenceDecision", "a plan ends only at a quorate review: children's social "
                    + "care and at least two other agencies must be present, or the plan continues");
            problems.check(!isFirstReview(conference) || record.endPlanReason() != null, "endPlanReason",
                    "a plan does not usually end at the first review: record why it ends now");
        }
        // Legal advice is sought because the plan is not working (no progress, harm increased): the child stays
        // on the plan while it is sought. A review that ends the plan cannot also say so; refused here, before
        // anything is written, so no legal advice task is raised only to be ended with the plan.
        problems.check(!record.seekLegalAdvice() || !endsPlan, "seekLegalAdvice",
                "legal advice is sought while the plan continues: a review that ends the plan cannot ask for it. "
                        + "Continue the plan and ask for legal advice, or end the plan without it");
        problems.check(!record.seekLegalAdvice() || record.legalAdviceReason() != null, "legalAdviceReason",
                "say why Children's Services will seek legal advice (no progress, or harm has increased)");
        if (decision == ConferenceDecision.CHILD_PROTECTION_PLAN) {
            problems.check(!record.categories().isEmpty(), "categories",
                    "a Child Protection Plan needs at least one category");
            problems.check(record.leadSocialWorker() != null, "leadSocialWorker", "name the lead social worker");
            problems.check(record.leadSocialWorker() == null
                            || staff.isMember(record.leadSocialWorker(), Roles.SOCIAL_WORKERS), "leadSocialWorker",
                    "'" + record.leadSocialWorker() + "' is not a social worker");
            // A review continues the plan and the core group already named; a new plan needs both.
            problems.check(review || record.outlinePlan() != null, "outlinePlan", "write the outline plan");
            problems.check(review || !record.coreGroup().isEmpty(), "coreGroup", "name the core group");
            for (int i = 0; i < record.coreGroup().size(); i++) {
                ConferenceRecord.Member m = record.coreGroup().get(i);
                problems.check(m.name() != null && m.role() != null, "coreGroup",
                        "line " + (i + 1) + " '" + m.name() + "': give the member's name, a comma, and their role "
                                + "or agency");
            }
            LocalDate nextReview = record.reviewDate();
            problems.check(nextReview != null, "reviewDate", "set the review conference date");
            if (nextReview != null && held != null) {
                LocalDate latest = calendar.dueAfter(held, Period.ofMonths(reviewMonths(conference.getConferenceType())));
                problems.check(nextReview.isAfter(held), "reviewDate", "must be after the conference");
                problems.check(!nextReview.isAfter(latest), "reviewDate",
                        "must be within " + reviewMonths(conference.getConferenceType())
                                + " months of the conference (by " + latest + ")");
            }
        }
        problems.throwIfAny();

        conference.record(record, quorate, chair);
        scaling.saveAll(record.scaling().stream()
                .map(s -> new ScalingScore(conferenceId, s.participant(), s.score())).toList());
        if (decision == ConferenceDecision.CHILD_PROTECTION_PLAN) {
            coreGroup.saveAll(record.coreGroup().stream()
                    .map(m -> new CoreGroupMember(conferenceId, m.name(), m.role())).toList());
        }
        if (decision != ConferenceDecision.RELIST) {
            switch (conference.getConferenceType()) {
                case INITIAL -> deadlines.meet(aCase, DeadlineKind.ICPC_HELD, held);
                case REVIEW -> deadlines.meet(aCase, DeadlineKind.REVIEW_CONFERENCE, held);
                case TRANSFER_IN -> deadlines.meet(aCase, DeadlineKind.TRANSFER_IN_CONFERENCE, held);
            }
        }
        return decision;
    }

    private boolean isFirstReview(Conference review) {
        return conferences.findByCaseIdOrderByIdAsc(review.getCaseId()).stream()
                .noneMatch(c -> c.getConferenceType() == ConferenceType.REVIEW && c.isDecided()
                        && c.getPlanId() != null && c.getPlanId().equals(review.getPlanId())
                        && !c.getId().equals(review.getId()));
    }

    /** An inquorate conference is booked again with the same invitations; returns the new conference's id. */
    public Long relist(Long conferenceId) {
        Conference inquorate = get(conferenceId);
        Conference next = conferences.save(inquorate.relisted(today.now().toInstant()));
        var at = today.now().toInstant();
        participants.saveAll(participants.findByConferenceIdOrderByIdAsc(conferenceId).stream()
                .map(p -> p.copyFor(next.getId(), at)).toList());
        return next.getId();
    }

    private int reviewMonths(ConferenceType type) {
        return type == ConferenceType.REVIEW ? timescales.laterReviewMonths() : timescales.firstReviewMonths();
    }

    // ---- Read side, also used by BPMN expressions for due dates and assignments ----

    @Transactional(readOnly = true)
    /**
     * Corrects the record's words after the Chair accepted an amendment request. What a decided record must say
     * stays required; a plan's outline plan too.
     */
    public void amendRecord(Long conferenceId, RecordTexts texts, Problems problems) {
        Conference conference = get(conferenceId);
        problems.check(texts.dangerStatements() != null, "dangerStatements", "is required");
        problems.check(texts.workingWell() != null, "workingWell", "is required");
        problems.check(texts.worries() != null, "worries", "is required");
        problems.check(texts.childWishesAndFeelings() != null, "childWishesAndFeelings", "is required");
        problems.check(texts.safetyGoals() != null, "safetyGoals", "is required");
        problems.check(conference.getDecision() != ConferenceDecision.CHILD_PROTECTION_PLAN
                || texts.outlinePlan() != null, "outlinePlan", "is required for a plan");
        problems.check(!texts.equals(conference.texts()), "amendmentDecision",
                "you accepted the request but changed nothing in the record: make the changes, or refuse it");
        problems.throwIfAny();
        conference.amend(texts);
    }

    public Conference get(Long conferenceId) {
        return conferences.findById(conferenceId)
                .orElseThrow(() -> new NotFoundException("There is no conference " + conferenceId));
    }

    @Transactional(readOnly = true)
    public List<Participant> participants(Long conferenceId) {
        return participants.findByConferenceIdOrderByIdAsc(conferenceId);
    }

    @Transactional(readOnly = true)
    public List<ScalingScore> scaling(Long conferenceId) {
        return scaling.findByConferenceIdOrderByIdAsc(conferenceId);
    }

    @Transactional(readOnly = true)
    public List<CoreGroupMember> coreGroup(Long conferenceId) {
        return coreGroup.findByConferenceIdOrderByIdAsc(conferenceId);
    }

    @Transactional(readOnly = true)
    public List<Conference> ofCase(Long caseId) {
        return conferences.findByCaseIdOrderByIdAsc(caseId);
    }

    @Transactional(readOnly = true)
    public ChildProtectionCase caseOf(Conference conference) {
        return cases.findById(conference.getCaseId()).orElseThrow();
    }

    /** The Chair booked for the conference (assignee of the Chair's tasks), or null before booking. */
    @Transactional(readOnly = true)
    public String chairOf(Long conferenceId) {
        return get(conferenceId).getChair();
    }

    /** Due date of the booking task: the date the conference must be held by. */
    @Transactional(readOnly = true)
    public Date mustBeHeldBy(Long conferenceId) {
        return Today.endOfWorkingDay(get(conferenceId).getDueDate());
    }

    /** The conference must be held sooner (a review arranged before the 18th birthday). */
    public void moveDueDate(Long conferenceId, LocalDate due) {
        get(conferenceId).mustBeHeldBy(due);
    }

    /** Reminder (follow-up date) of the booking task: a setting number of working days before the due date. */
    @Transactional(readOnly = true)
    public Date remindToBook(Long conferenceId) {
        return deadlines.remindFrom(get(conferenceId).getDueDate());
    }

    /** Reminder of the Chair's record: before the conference day. */
    @Transactional(readOnly = true)
    public Date remindOfMeeting(Long conferenceId) {
        return deadlines.remindFrom(get(conferenceId).getScheduledDate());
    }

    /** Reminder of the preparation tasks due the working day before the conference. */
    @Transactional(readOnly = true)
    public Date remindOfPreparation(Long conferenceId) {
        return deadlines.remindFrom(workingDayBefore(conferenceId));
    }

    /** Reminder of the social worker's report to the parents. */
    @Transactional(readOnly = true)
    public Date remindOfReport(Long conferenceId) {
        return deadlines.remindFrom(reportToParentsDate(conferenceId));
    }

    /** Due date of the Chair's record: the day of the conference. */
    @Transactional(readOnly = true)
    public Date meetingDay(Long conferenceId) {
        return Today.endOfWorkingDay(get(conferenceId).getScheduledDate());
    }

    /** Due date of the preparation tasks: the working day before the conference. */
    @Transactional(readOnly = true)
    public Date dayBefore(Long conferenceId) {
        return Today.endOfWorkingDay(workingDayBefore(conferenceId));
    }

    /** The working day before the conference: agencies' reports are needed by then (and the preparation done). */
    @Transactional(readOnly = true)
    public LocalDate workingDayBefore(Long conferenceId) {
        return calendar.subtractWorkingDays(get(conferenceId).getScheduledDate(), 1);
    }

    /** Due date of the social worker's report: 3 working days before the conference. */
    @Transactional(readOnly = true)
    public Date reportToParentsBy(Long conferenceId) {
        return Today.endOfWorkingDay(reportToParentsDate(conferenceId));
    }

    @Transactional(readOnly = true)
    public LocalDate reportToParentsDate(Long conferenceId) {
        return calendar.subtractWorkingDays(get(conferenceId).getScheduledDate(),
                timescales.socialWorkerReportWorkingDaysBefore());
    }

    /** Whether the child is old enough to be invited by default (Derby encourages 10+). */
    @Transactional(readOnly = true)
    public boolean childOldEnoughToInvite(Long conferenceId) {
        Conference conference = get(conferenceId);
        return caseOf(conference).getChild().ageOn(today.date()) >= timescales.childInvitationAge();
    }

    /** The default review date: the latest working day within the review timescale. */
    @Transactional(readOnly = true)
    public LocalDate defaultReviewDate(Long conferenceId) {
        Conference conference = get(conferenceId);
        LocalDate from = conference.getScheduledDate() != null ? conference.getScheduledDate() : today.date();
        return calendar.dueAfter(from, Period.ofMonths(reviewMonths(conference.getConferenceType())));
    }

}
