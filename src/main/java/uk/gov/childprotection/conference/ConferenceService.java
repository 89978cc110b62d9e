package uk.gov.childprotection.conference;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
import uk.gov.childprotection.common.Clock24;
import uk.gov.childprotection.common.Problems;
import uk.gov.childprotection.family.FamilyService;
import uk.gov.childprotection.family.PersonDetails;
import uk.gov.childprotection.security.Roles;
import uk.gov.childprotection.security.Staff;

/**
 * The conference from convening to the Chair's decision: booking, invitations, reports, the Chair's contact
 * with the parents, and the record of the meeting with its quorum rule. One service for every conference type.
 */
@Service
@Transactional
public class ConferenceService {

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
    private final FamilyService families;

    public ConferenceService(ConferenceRepository conferences, ParticipantRepository participants,
            ScalingScoreRepository scaling, CoreGroupMemberRepository coreGroup, ChildCaseService caseService,
            CaseRepository cases, DeadlineService deadlines, WorkingDayCalendar calendar,
            TimescaleSettings timescales, Staff staff, Today today, FamilyService families) {
        this.families = families;
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
        return open(new Conference(aCase.getId(), type, due, today.now().toInstant()), aCase);
    }

    /** Opens a review conference of a plan, due by the date the last conference set. */
    public Conference conveneReview(ChildProtectionCase aCase, Long planId, LocalDate due) {
        return open(new Conference(aCase.getId(), planId, ConferenceType.REVIEW, due, today.now().toInstant()),
                aCase);
    }

    /**
     * A brother or sister's meeting of the same kind that is not yet invited is the household's: the child joins
     * it (one booking, one set of invitations, one meeting), keeping their own record and timescale.
     */
    private Conference open(Conference conference, ChildProtectionCase aCase) {
        householdMeeting(aCase, conference.getConferenceType()).ifPresent(conference::holdWith);
        return conferences.save(conference);
    }

    private java.util.Optional<Conference> householdMeeting(ChildProtectionCase aCase, ConferenceType type) {
        List<Long> siblingsCases = caseService.casesOfFamily(aCase.getChild().getFamilyId()).stream()
                .filter(c -> !c.getChild().getId().equals(aCase.getChild().getId()))
                .filter(c -> c.getStage() != uk.gov.childprotection.cases.CaseStage.CLOSED)
                .map(ChildProtectionCase::getId).toList();
        if (siblingsCases.isEmpty()) {
            return java.util.Optional.empty();
        }
        return conferences.findByCaseIdInAndHeldWithIdIsNullAndConferenceTypeAndStatusInOrderByIdAsc(siblingsCases,
                type, List.of(ConferenceStatus.TO_BE_BOOKED, ConferenceStatus.BOOKED)).stream().findFirst();
    }

    /** The meeting's own record first, then the records of the brothers and sisters held with it. */
    @Transactional(readOnly = true)
    public List<Conference> meeting(Long conferenceId) {
        Conference conference = get(conferenceId);
        Conference own = conference.getHeldWithId() == null ? conference : get(conference.getHeldWithId());
        List<Conference> all = new ArrayList<>();
        all.add(own);
        all.addAll(conferences.findByHeldWithIdOrderByIdAsc(own.getId()));
        return all;
    }

    /**
     * The meeting's own child's conference ended before it was held (their plan or case ended): the next child
     * waiting for it holds the meeting now, and the others are held with theirs. Returns the conference that
     * holds it now, or null when no other child was waiting.
     */
    public Conference handOver(Long conferenceId) {
        Conference left = get(conferenceId);
        if (left.getHeldWithId() != null || left.getStatus() == ConferenceStatus.HELD
                || left.getStatus() == ConferenceStatus.RELISTED) {
            return null;
        }
        List<Conference> waiting = conferences.findByHeldWithIdOrderByIdAsc(conferenceId).stream()
                .filter(c -> c.getStatus() != ConferenceStatus.HELD && c.getStatus() != ConferenceStatus.RELISTED)
                .toList();
        if (waiting.isEmpty()) {
            return null;
        }
        Conference next = waiting.get(0);
        next.holdTheMeeting();
        waiting.subList(1, waiting.size()).forEach(c -> c.heldWith(next.getId()));
        return next;
    }

    /** A parent or carer of the household, as the invitation form shows them. */
    public record HouseholdParent(uk.gov.childprotection.family.FamilyPerson person,
            uk.gov.childprotection.family.Relationship relationship, boolean parentalResponsibility) {
    }

    /** The household's people recorded for the meeting's children, each once, in the order they were recorded. */
    @Transactional(readOnly = true)
    public List<HouseholdParent> householdParents(Long conferenceId) {
        java.util.Map<Long, HouseholdParent> byPerson = new java.util.LinkedHashMap<>();
        for (ChildProtectionCase child : casesOfMeeting(conferenceId)) {
            for (FamilyService.PersonForChild p : families.peopleOf(child.getChild().getId())) {
                HouseholdParent known = byPerson.get(p.person().getId());
                byPerson.put(p.person().getId(), new HouseholdParent(p.person(),
                        known == null ? p.relationship() : known.relationship(),
                        p.parentalResponsibility() || known != null && known.parentalResponsibility()));
            }
        }
        return List.copyOf(byPerson.values());
    }

    /** The cases of the children the meeting is about, in the meeting's order. */
    @Transactional(readOnly = true)
    public List<ChildProtectionCase> casesOfMeeting(Long conferenceId) {
        return meeting(conferenceId).stream().map(this::caseOf).toList();
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
        List<Conference> meeting = checkBooking(conferenceId, booking, problems);
        problems.throwIfAny();
        conference.book(booking);
        LocalDate reportBy = calendar.subtractWorkingDays(booking.date(),
                timescales.socialWorkerReportWorkingDaysBefore());
        deadlines.open(aCase, conferenceId, DeadlineKind.SOCIAL_WORKER_REPORT_TO_PARENTS, reportBy);
        for (Conference child : meeting.subList(1, meeting.size())) {
            child.copyBooking(conference);
            deadlines.open(caseOf(child), child.getId(), DeadlineKind.SOCIAL_WORKER_REPORT_TO_PARENTS, reportBy);
        }
    }

    /** The rules every booking keeps: a working day, not in the past, a real time, a place, an independent Chair. */
    List<Conference> checkBooking(Long conferenceId, Booking booking, Problems problems) {
        if (booking.date() != null) {
            problems.check(!booking.date().isBefore(today.date()), "conferenceDate", "must not be in the past");
            problems.check(calendar.isWorkingDay(booking.date()), "conferenceDate",
                    DeadlineService.longDate(booking.date()) + " is not a working day (a weekend or a bank holiday)");
        }
        // Kept as it was typed and printed in the letters, so written the system's way: 09:30, not 9.30.
        problems.check(booking.time() == null || (Clock24.parse(booking.time()) != null
                && Clock24.format(Clock24.parse(booking.time())).equals(booking.time())), "conferenceTime",
                "use the 24-hour clock, for example 09:30");
        problems.check(booking.venue() != null || booking.onlineLink() != null, "venue",
                "give a venue or an online meeting link");
        List<Conference> meeting = meeting(conferenceId);
        if (booking.chair() != null) {
            problems.check(staff.isMember(booking.chair(), Roles.CHAIRS), "chair",
                    "'" + booking.chair() + "' is not a Child Protection Chair");
            for (Conference child : meeting) {
                ChildProtectionCase childCase = caseOf(child);
                problems.check(!childCase.isAllocatedTo(booking.chair()), "chair",
                        "the Chair must be independent of the case: '" + booking.chair() + "' is "
                                + childCase.getChild().fullName() + "'s social worker or team manager");
            }
        }
        return meeting;
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
        SeparatePart.check(conference.getScheduledTime(), invitations.parents(), problems);
        problems.throwIfAny();

        participants.deleteAll(participants.findByConferenceIdOrderByIdAsc(conferenceId));
        var at = today.now().toInstant();
        List<Conference> meeting = meeting(conferenceId);
        Long familyId = caseOf(conference).getChild().getFamilyId();
        List<Participant> invited = new ArrayList<>();
        for (ParentInvitation parent : invitations.parents()) {
            Participant p = Participant.parent(conferenceId, parent, at);
            p.isPerson(householdPerson(familyId, parent, meeting, at));
            invited.add(p);
        }
        for (Conference child : meeting) {
            ChildProtectionCase childCase = caseOf(child);
            // In a household's conference each child old enough is invited; alone, the administrator's choice.
            boolean invite = invitations.childInvited() && (meeting.size() == 1
                    || childCase.getChild().ageOn(today.date()) >= timescales.childInvitationAge());
            if (invite) {
                invited.add(Participant.child(conferenceId, childCase.getId(), childCase.getChild().fullName(),
                        invitations.childAdvocate(), at));
            }
            child.invite(invite, invite && invitations.childAdvocate());
        }
        agencies.forEach(agency -> invited.add(Participant.agency(conferenceId, agency, at)));
        invitations.professionals().forEach(p ->
                invited.add(Participant.professional(conferenceId, p.name(), p.agency(), p.email(), at)));
        participants.saveAll(invited);
        conference.invite(invitations.childInvited(), invitations.childAdvocate());
    }

    /**
     * The household's person an invited parent or carer is: found by name, or added. Their details are brought up
     * to date from the invitation; for a child of the meeting with nothing recorded yet, the invitation's
     * relationship and parental responsibility are recorded (what is already recorded for a child is kept).
     */
    private Long householdPerson(Long familyId, ParentInvitation parent, List<Conference> meeting,
            java.time.Instant at) {
        var known = families.find(familyId, parent.name());
        java.util.Map<Long, FamilyService.Responsibility> missing = new java.util.LinkedHashMap<>();
        for (Conference child : meeting) {
            Long childId = caseOf(child).getChild().getId();
            if (known.isEmpty() || families.responsibility(known.get().getId(), childId).isEmpty()) {
                missing.put(childId, new FamilyService.Responsibility(parent.relationship(),
                        parent.parentalResponsibility()));
            }
        }
        var person = known.orElse(null);
        PersonDetails details = new PersonDetails(parent.name(), parent.email(),
                person == null ? null : person.getPhone(),
                parent.address() != null ? parent.address() : person == null ? null : person.getAddress(),
                parent.interpreterLanguage(), parent.needsSigner(), parent.needsAdvocate(), parent.accessibleRoom(),
                parent.largePrint());
        return families.addPerson(familyId, details, missing, at).getId();
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
        for (Conference child : meeting(conferenceId)) {
            deadlines.meet(caseOf(child), DeadlineKind.SOCIAL_WORKER_REPORT_TO_PARENTS, sharedOn);
        }
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

    @Transactional(readOnly = true)
    public java.util.Optional<Conference> find(Long conferenceId) {
        return conferenceId == null ? java.util.Optional.empty() : conferences.findById(conferenceId);
    }

    /** Every invitation of this agency that asked for its report, the newest conference first. */
    @Transactional(readOnly = true)
    public List<Participant> reportRequestsTo(Agency agency) {
        return participants.findByKindAndAgencyAndReportRequestedDateNotNullOrderByIdDesc(Participant.Kind.AGENCY,
                agency);
    }

    /** The agency's report came in through the system (its agency worker wrote it). */
    public void agencyReportIn(Long participantId) {
        Participant p = participants.findById(participantId)
                .orElseThrow(() -> new NotFoundException("There is no participant " + participantId));
        p.recordReport(true, p.isReportSharedWithFamily());
    }

    /** The agency says on which day it shared its report with the family. */
    public void agencyReportShared(Long participantId, LocalDate on) {
        participants.findById(participantId)
                .orElseThrow(() -> new NotFoundException("There is no participant " + participantId))
                .recordReportShared(on);
    }

    /** Quorate: children's social care and at least two other agencies present. */
    public static boolean isQuorate(List<Agency> attended) {
        return attended.contains(Agency.SOCIAL_CARE)
                && attended.stream().filter(a -> a != Agency.SOCIAL_CARE).distinct().count()
                        >= OTHER_AGENCIES_FOR_QUORUM;
    }

    /** The Chair's record of a conference about one child, its decision in the record's own fields. */
    /**
     * Who was at the conference, person by person, in the order the Chair's form lists the invitees: each one
     * present, absent, or present and asked to leave for the confidential part. A list that no longer matches the
     * invitees (someone was invited since the form opened) is refused, so nobody is marked as someone else.
     */
    public void recordAttendance(Long conferenceId, List<String> who, List<Attendance> attendance,
            Problems problems) {
        List<Participant> invited = participants(conferenceId);
        if (attendance.size() != invited.size()) {
            problems.add("attendance", "mark each of the " + invited.size() + " people invited present or absent");
            return;
        }
        for (int i = 0; i < invited.size(); i++) {
            String shown = who.get(i);
            if (shown != null && !shown.equals(invited.get(i).getName())) {
                problems.add("attendance[" + i + "].who", "the list of people invited has changed since the form "
                        + "opened: open the task again");
                return;
            }
            problems.check(attendance.get(i) != null, "attendance[" + i + "].attendance",
                    "say whether " + invited.get(i).getName() + " was present");
            problems.check(attendance.get(i) != Attendance.LEFT_FOR_CONFIDENTIAL_PART
                    || invited.get(i).getKind() == Participant.Kind.PARENT, "attendance[" + i + "].attendance",
                    "only a parent or carer is asked to leave for the confidential part");
        }
        if (problems.isEmpty()) {
            for (int i = 0; i < invited.size(); i++) {
                invited.get(i).recordAttendance(attendance.get(i));
            }
        }
    }

    /**
     * A conference held on another day than the one booked needs the Chair's reason (or, before it is held, a
     * new booking): a record dated 17 days before its booking is a slip until the Chair says why.
     */
    public void checkHeldAsBooked(Long conferenceId, LocalDate held, String reason, Problems problems) {
        Conference conference = get(get(conferenceId).meetingId());
        if (held == null || conference.getScheduledDate() == null || held.equals(conference.getScheduledDate())) {
            return;
        }
        problems.check(reason != null, "heldDateReason", "the conference was booked for "
                + DeadlineService.longDate(conference.getScheduledDate()) + ": say why it was held on "
                + DeadlineService.longDate(held) + " instead, or correct the date held");
        if (reason != null) {
            conference.heldOnAnotherDay(reason);
        }
    }

    public ConferenceDecision recordConference(Long conferenceId, ConferenceRecord record, Problems problems,
            String chair) {
        return recordConference(conferenceId, record,
                List.of(ChildDecision.of(caseOf(get(conferenceId)).getReference(), record)), true, problems, chair);
    }

    /**
     * The Chair's record of the meeting, with a separate decision for each child. Attendance, quorum and the
     * family's Signs of Safety assessment are the meeting's; each child's decision, categories, wishes and
     * feelings, and timescale their own. An inquorate meeting is re-listed (for every child) unless the Chair
     * records an exceptional reason to decide; a plan needs a category and a lead social worker, and the
     * meeting's core group and one review date, in time, for the children on plans. Nothing is stored unless
     * every child's decision stands. Returns the decision for the meeting's own child.
     *
     * @param oneChildFields whether the decisions came in the record's own fields (a conference about one
     *     child, as the form had it before households), which names the fields in refusals
     */
    public ConferenceDecision recordConference(Long conferenceId, ConferenceRecord record,
            List<ChildDecision> decisions, boolean oneChildFields, Problems problems, String chair) {
        List<Conference> meeting = meeting(conferenceId);
        Conference conference = meeting.get(0);
        List<ChildProtectionCase> meetingCases = meeting.stream().map(this::caseOf).toList();
        List<ChildDecision> ordered = new ArrayList<>();
        List<ChildDecision.Fields> fields = new ArrayList<>();
        for (ChildProtectionCase childCase : meetingCases) {
            int at = -1;
            for (int k = 0; k < decisions.size(); k++) {
                if (childCase.getReference().equals(decisions.get(k).caseReference())) {
                    at = k;
                }
            }
            ordered.add(at < 0 ? null : decisions.get(at));
            fields.add(oneChildFields ? ChildDecision.Fields.ONE_CHILD : ChildDecision.Fields.ofChild(Math.max(at, 0)));
        }
        List<String> missing = new ArrayList<>();
        for (int k = 0; k < ordered.size(); k++) {
            if (ordered.get(k) == null || ordered.get(k).decision() == null) {
                missing.add(meetingCases.get(k).getChild().fullName());
            }
        }
        for (int k = 0; k < decisions.size(); k++) {
            String ref = decisions.get(k).caseReference();
            problems.check(meetingCases.stream().anyMatch(c -> c.getReference().equals(ref)),
                    "children[" + k + "].caseReference", "'" + ref + "' is not a child of this conference");
        }
        if (!missing.isEmpty()) {
            problems.add(oneChildFields ? ChildDecision.Fields.ONE_CHILD.decision() : "children",
                    oneChildFields && meeting.size() == 1 ? "is required"
                            : "record a decision for each child: " + String.join(", ", missing));
        }
        boolean quorate = isQuorate(record.agenciesAttended());
        LocalDate held = record.heldDate();
        if (held != null) {
            problems.check(!held.isAfter(today.date()), "conferenceHeldDate", "must not be in the future");
            for (ChildProtectionCase childCase : meetingCases) {
                problems.check(!held.isBefore(childCase.getReferralDate()), "conferenceHeldDate",
                        "must not be before the referral (" + DeadlineService.longDate(childCase.getReferralDate())
                                + ")");
            }
        }
        problems.check(!record.confidentialPart() || record.confidentialPartReason() != null,
                "confidentialPartReason", "say why a parent was asked to leave");
        problems.check(!record.confidentialPart() || record.confidentialPartSummary() != null,
                "confidentialPartSummary", "record what was said in the confidential part (it is left out of the "
                        + "parents' copy of the record)");
        long relisting = ordered.stream()
                .filter(d -> d != null && d.decision() == ConferenceDecision.RELIST).count();
        boolean relist = relisting > 0;
        String firstDecisionField = fields.get(0).decision();
        if (relist) {
            problems.check(relisting == ordered.size(), oneChildFields ? firstDecisionField : "children",
                    "the meeting is re-listed for every child or for none: quorum is the meeting's");
            problems.check(!quorate, firstDecisionField,
                    "the conference is quorate, so it decides: choose a plan, Child in Need or no further action");
        } else if (missing.size() < ordered.size()) {
            if (!quorate) {
                problems.check(record.proceedInquorate() && record.inquorateReason() != null, firstDecisionField,
                        "the conference is not quorate (children's social care and at least two other agencies "
                                + "must be present): re-list it, or record the exceptional reason to decide");
            }
            problems.check(record.dangerStatements() != null, "dangerStatements", "is required");
            problems.check(record.workingWell() != null, "workingWell", "is required");
            problems.check(record.worries() != null, "worries", "is required");
            problems.check(record.safetyGoals() != null, "safetyGoals", "is required");
            boolean everyChildScaled = ordered.stream().allMatch(d -> d != null && !d.scaling().isEmpty());
            problems.check(everyChildScaled || !record.scaling().isEmpty(), "scaling",
                    "record at least one participant's scaling");
            checkScaling(record.scaling(), "scaling", problems);
        }
        boolean review = conference.getConferenceType() == ConferenceType.REVIEW;
        boolean anyPlan = false;
        for (int k = 0; k < ordered.size(); k++) {
            ChildDecision child = ordered.get(k);
            if (child == null || child.decision() == null) {
                continue;
            }
            ChildDecision.Fields f = fields.get(k);
            Conference childConference = meeting.get(k);
            ConferenceDecision decision = child.decision();
            String name = meetingCases.get(k).getChild().fullName();
            if (decision != ConferenceDecision.RELIST) {
                problems.check(child.wishesAndFeelings() != null, f.wishesAndFeelings(),
                        oneChildFields ? "record the child's wishes and feelings (or how they were sought)"
                                : "record " + name + "'s wishes and feelings (or how they were sought)");
                checkScaling(child.scaling(), f.scaling(), problems);
            }
            boolean endsPlan = review && decision != ConferenceDecision.RELIST
                    && decision != ConferenceDecision.CHILD_PROTECTION_PLAN;
            if (endsPlan) {
                problems.check(quorate, f.decision(), "a plan ends only at a quorate review: children's social "
                        + "care and at least two other agencies must be present, or the plan continues");
                problems.check(!isFirstReview(childConference) || child.endPlanReason() != null, f.endPlanReason(),
                        "a plan does not usually end at the first review: record why it ends now");
            }
            // Legal advice is sought because the plan is not working (no progress, harm increased): the child
            // stays on the plan while it is sought. A review that ends the plan cannot also say so; refused here,
            // before anything is written, so no legal advice task is raised only to be ended with the plan.
            problems.check(!child.seekLegalAdvice() || !endsPlan, f.seekLegalAdvice(),
                    "legal advice is sought while the plan continues: a review that ends the plan cannot ask for "
                            + "it. Continue the plan and ask for legal advice, or end the plan without it");
            problems.check(!child.seekLegalAdvice() || child.legalAdviceReason() != null, f.legalAdviceReason(),
                    "say why Children's Services will seek legal advice (no progress, or harm has increased)");
            if (decision == ConferenceDecision.CHILD_PROTECTION_PLAN) {
                anyPlan = true;
                problems.check(!child.categories().isEmpty(), f.categories(),
                        "a Child Protection Plan needs at least one category");
                problems.check(child.leadSocialWorker() != null, f.leadSocialWorker(), "name the lead social worker");
                problems.check(child.leadSocialWorker() == null
                                || staff.isMember(child.leadSocialWorker(), Roles.SOCIAL_WORKERS),
                        f.leadSocialWorker(), "'" + child.leadSocialWorker() + "' is not a social worker");
            }
        }
        if (anyPlan) {
            // A review continues the plan and the core group already named; a new plan needs both. One core group
            // and one review date serve the brothers and sisters on plans.
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
                                + " months of the conference (by " + DeadlineService.longDate(latest) + ")");
            }
        }
        problems.throwIfAny();

        for (int k = 0; k < meeting.size(); k++) {
            Conference childConference = meeting.get(k);
            ChildDecision own = ordered.get(k);
            ConferenceRecord childRecord = record.forChild(own);
            childConference.record(childRecord, quorate, chair);
            childConference.recordForChildAlone(own.dangerStatements());
            Long id = childConference.getId();
            scaling.saveAll(childRecord.scaling().stream()
                    .map(sc -> new ScalingScore(id, sc.participant(), sc.score())).toList());
            scaling.saveAll(own.scaling().stream()
                    .map(sc -> new ScalingScore(id, sc.participant(), sc.score(), true)).toList());
            if (childRecord.decision() == ConferenceDecision.CHILD_PROTECTION_PLAN) {
                coreGroup.saveAll(childRecord.coreGroup().stream()
                        .map(m -> new CoreGroupMember(id, m.name(), m.role())).toList());
            }
            if (childRecord.decision() != ConferenceDecision.RELIST) {
                ChildProtectionCase childCase = meetingCases.get(k);
                switch (childConference.getConferenceType()) {
                    case INITIAL -> deadlines.meet(childCase, DeadlineKind.ICPC_HELD, held);
                    case REVIEW -> deadlines.meet(childCase, DeadlineKind.REVIEW_CONFERENCE, held);
                    case TRANSFER_IN -> deadlines.meet(childCase, DeadlineKind.TRANSFER_IN_CONFERENCE, held);
                }
            }
        }
        return ordered.get(0).decision();
    }

    private static void checkScaling(List<ConferenceRecord.Scaling> lines, String field, Problems problems) {
        for (int i = 0; i < lines.size(); i++) {
            ConferenceRecord.Scaling s = lines.get(i);
            problems.check(s.participant() != null, field, "line " + (i + 1) + ": say whose score this is");
            problems.check(s.score() != null && s.score() >= 0 && s.score() <= 10, field,
                    "line " + (i + 1) + " (" + s.participant() + "): a score from 0 (very worried) to 10 (safe)");
        }
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
        List<Conference> meeting = meeting(conferenceId);
        Conference next = conferences.save(inquorate.relisted(today.now().toInstant()));
        var at = today.now().toInstant();
        // The brothers and sisters are re-listed with the household's meeting, each with their own timescale.
        for (Conference child : meeting.subList(1, meeting.size())) {
            conferences.save(child.relisted(at, next.getId()));
        }
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
        // A child's record held with a household's meeting has the meeting's participants.
        return participants.findByConferenceIdOrderByIdAsc(get(conferenceId).meetingId());
    }

    /** One of the conference's participants, by id. */
    @Transactional(readOnly = true)
    public Participant participant(Long conferenceId, Long participantId) {
        return participants(conferenceId).stream().filter(p -> p.getId().equals(participantId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Participant " + participantId
                        + " was not invited to conference " + conferenceId));
    }

    /**
     * The parent or carer invited to the conference by this name (as a person types it: case and spaces aside);
     * refused naming the field parentName, with who was invited, when there is none.
     */
    @Transactional(readOnly = true)
    public Participant invitedParent(Conference conference, String name) {
        List<Participant> parents = participants(conference.getId()).stream()
                .filter(p -> p.getKind() == Participant.Kind.PARENT).toList();
        return parents.stream().filter(p -> p.getName().trim().equalsIgnoreCase(name.trim())).findFirst()
                .orElseThrow(() -> uk.gov.childprotection.common.InvalidSubmissionException.of("parentName",
                        "is not a parent or carer invited to the conference of "
                                + DeadlineService.longDate(conference.getHeldDate()) + " (invited: "
                                + String.join(", ", parents.stream().map(Participant::getName).toList()) + ")"));
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
        return Today.endOfWorkingDay(meetingDueDate(conferenceId));
    }

    /** A household's meeting is due by the earliest of its children's dates (each child is timed by their own). */
    @Transactional(readOnly = true)
    public LocalDate meetingDueDate(Long conferenceId) {
        return meeting(conferenceId).stream().map(Conference::getDueDate).min(LocalDate::compareTo).orElseThrow();
    }

    /** The conference must be held sooner (a review arranged before the 18th birthday). */
    public void moveDueDate(Long conferenceId, LocalDate due) {
        get(conferenceId).mustBeHeldBy(due);
    }

    /** Reminder (follow-up date) of the booking task: a setting number of working days before the due date. */
    @Transactional(readOnly = true)
    public Date remindToBook(Long conferenceId) {
        return deadlines.remindFrom(meetingDueDate(conferenceId));
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
        return casesOfMeeting(conferenceId).stream()
                .anyMatch(c -> c.getChild().ageOn(today.date()) >= timescales.childInvitationAge());
    }

    /** The default review date: the latest working day within the review timescale. */
    @Transactional(readOnly = true)
    public LocalDate defaultReviewDate(Long conferenceId) {
        Conference conference = get(conferenceId);
        LocalDate from = conference.getScheduledDate() != null ? conference.getScheduledDate() : today.date();
        return calendar.dueAfter(from, Period.ofMonths(reviewMonths(conference.getConferenceType())));
    }

}
