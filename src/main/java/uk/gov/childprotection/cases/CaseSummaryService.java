package uk.gov.childprotection.cases;

import uk.gov.childprotection.family.FamilyService;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.cases.CaseSummary.*;
import uk.gov.childprotection.conference.Conference;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.plan.ChildInNeedPlanRepository;
import uk.gov.childprotection.plan.ChildProtectionPlan;
import uk.gov.childprotection.plan.ChildProtectionPlanRepository;
import uk.gov.childprotection.plan.PlanEndingService;
import uk.gov.childprotection.plan.PlanInForceService;
import uk.gov.childprotection.referral.ReferralService;

/** Assembles the case summary from the domain tables, read-only. */
@Service
@Transactional(readOnly = true)
public class CaseSummaryService {

    private final ChildCaseService cases;
    private final ReferralService referrals;
    private final ConferenceService conferences;
    private final ChildProtectionPlanRepository protectionPlans;
    private final ChildInNeedPlanRepository childInNeedPlans;
    private final DeadlineRepository deadlines;
    private final PlanInForceService planInForce;
    private final PlanEndingService planEndings;
    private final Today today;
    private final FamilyService families;

    public CaseSummaryService(ChildCaseService cases, ReferralService referrals, ConferenceService conferences,
            ChildProtectionPlanRepository protectionPlans, ChildInNeedPlanRepository childInNeedPlans,
            DeadlineRepository deadlines, PlanInForceService planInForce, PlanEndingService planEndings,
            Today today, FamilyService families) {
        this.families = families;
        this.cases = cases;
        this.referrals = referrals;
        this.conferences = conferences;
        this.protectionPlans = protectionPlans;
        this.childInNeedPlans = childInNeedPlans;
        this.deadlines = deadlines;
        this.planInForce = planInForce;
        this.planEndings = planEndings;
        this.today = today;
    }

    public CaseSummary summarise(String reference) {
        ChildProtectionCase aCase = cases.get(reference);
        LocalDate now = today.date();
        Child child = aCase.getChild();
        var discussion = referrals.strategyDiscussion(aCase).orElse(null);
        var enquiry = referrals.findEnquiry(aCase).orElse(null);
        List<Conference> caseConferences = conferences.ofCase(aCase.getId());
        List<StatutoryDeadline> caseDeadlines = deadlines.findByCaseIdOrderByDueDateAscIdAsc(aCase.getId());
        // InitialCPCtarget: the ICPC timescale, kept (closed, not overdue) when the enquiry found no ICPC needed;
        // for a child who transferred in, the transfer-in conference's timescale, as that conference is the ICPC.
        LocalDate icpcTarget = caseDeadlines.stream().filter(d -> d.getKind() == DeadlineKind.ICPC_HELD)
                .map(StatutoryDeadline::getDueDate).findFirst()
                .or(() -> caseDeadlines.stream().filter(d -> d.getKind() == DeadlineKind.TRANSFER_IN_CONFERENCE)
                        .map(StatutoryDeadline::getDueDate).findFirst())
                .orElse(null);
        // DateOfInitialCPC: the initial conference, or the transfer-in conference for a child who moved here on a plan.
        LocalDate icpcHeld = caseConferences.stream().filter(CensusClosure::isInitialCpc)
                .map(Conference::getHeldDate).findFirst().orElse(null);

        return new CaseSummary(aCase.getReference(), aCase.getStage().name(), aCase.getStage().label(),
                new ChildView(child.getGivenName(), child.getFamilyName(), child.getDateOfBirth(),
                        child.getExpectedDateOfDelivery(),
                        child.getDateOfBirth() == null ? null : child.ageOn(now), child.getGender().name(),
                        child.getAddress(), child.getFirstLanguage()),
                aCase.getSocialWorker(), aCase.getTeamManager(),
                new ReferralView(aCase.getReferralDate(), aCase.getReferralSource().name(), aCase.getConcerns(),
                        aCase.getCircumstances().stream().map(Enum::name).toList(), aCase.getOpenedAt(),
                        aCase.getTransferInFrom(), aCase.getTransferInNotifiedDate()),
                new CensusView(aCase.getReferralDate(), aCase.isReferralNfa(),
                        enquiry == null ? null : enquiry.getStartDate(), icpcTarget, icpcHeld,
                        aCase.getIcpcNotRequired(), aCase.getClosureDate(),
                        aCase.getClosureReason() == null ? null : aCase.getClosureReason().name(),
                        aCase.getClosureReason() == null ? null : aCase.getClosureReason().description()),
                discussion == null ? null : new StrategyDiscussionView(discussion.getDiscussionDate(),
                        discussion.getSocialCareParticipant(), discussion.getPoliceParticipant(),
                        discussion.getHealthParticipant(), discussion.getOtherParticipants(),
                        discussion.getDecision().name(), discussion.getRationale(), discussion.getRecordedBy()),
                enquiry == null ? null : new EnquiryView(enquiry.getStartDate(), enquiry.getChildSeenDate(),
                        enquiry.getFindings(), name(enquiry.getOutcome()), enquiry.getCompletedDate(),
                        enquiry.getRecordedBy(), name(enquiry.getAuthorisation()), enquiry.getAuthorisedBy(),
                        enquiry.getAuthorisedAt(), enquiry.getManagerComments()),
                caseConferences.stream().map(this::conference).toList(),
                protectionPlans.findByCaseIdOrderByStartDateAsc(aCase.getId()).stream()
                        .map(plan -> plan(plan, caseConferences)).toList(),
                childInNeedPlans.findByCaseIdOrderByStartDateAsc(aCase.getId()).stream()
                        .map(p -> new ChildInNeedPlanView(p.getId(), p.getStartDate(), p.getEndDate(),
                                p.getEndReason(), p.getDecidedAt().name()))
                        .toList(),
                planEndings.events(aCase.getId()).stream().map(e -> new EventView(e.getKind().name(),
                        e.getEventDate(), e.getDetails(), e.getRecordedBy())).toList(),
                caseDeadlines.stream().map(d -> DeadlineView.of(d, now)).toList(),
                family(aCase));
    }

    /** The household as this child's summary shows it: brothers and sisters by name and stage, and carers. */
    private CaseSummary.FamilyView family(ChildProtectionCase aCase) {
        Long familyId = aCase.getChild().getFamilyId();
        List<ChildProtectionCase> household = cases.casesOfFamily(familyId);
        List<CaseSummary.SiblingView> siblings = cases.childrenOfFamily(familyId).stream()
                .filter(c -> !c.getId().equals(aCase.getChild().getId()))
                .map(c -> {
                    List<ChildProtectionCase> own = household.stream()
                            .filter(k -> k.getChild().getId().equals(c.getId())).toList();
                    return new CaseSummary.SiblingView(c.fullName(), c.getDateOfBirth(),
                            c.getExpectedDateOfDelivery(), own.stream().map(ChildProtectionCase::getReference).toList(),
                            own.isEmpty() ? null : own.get(own.size() - 1).getStage().label());
                })
                .toList();
        List<CaseSummary.CarerView> carers = families.peopleOf(aCase.getChild().getId()).stream()
                .map(p -> new CaseSummary.CarerView(p.person().getId(), p.person().getName(), p.relationship().name(),
                        p.parentalResponsibility()))
                .toList();
        return new CaseSummary.FamilyView(familyId, siblings, carers);
    }

    /** A plan with its reviews (CPPreviewDate), taken from the case's conferences already read. */
    private ProtectionPlanView plan(ChildProtectionPlan p, List<Conference> caseConferences) {
        return new ProtectionPlanView(p.getId(), p.getStartDate(), p.getEndDate(), p.getEndReason(),
                p.getInitialCategory(), p.getLatestCategory(), p.getLeadSocialWorker(), p.getNumberOfPreviousPlans(),
                p.getConferenceId(), p.getEndDecidedBy(), p.getEndDecisionDate(), p.getAgenciesConsulted(),
                caseConferences.stream()
                        .filter(c -> p.getId().equals(c.getPlanId()) && c.isDecided())
                        .map(Conference::getHeldDate).toList(),
                planInForce.actions(p.getId()).stream().map(a -> new ActionView(a.getId(), a.getWhat(), a.getWho(),
                        a.getByWhen(), a.getSuccessMeasure(), a.getProgress().name())).toList(),
                planInForce.meetings(p.getId()).stream().map(m -> new MeetingView(m.getMeetingDate(),
                        m.isFirstMeeting(), m.getAttendees(), m.getNotes(),
                        planInForce.progressAt(m.getId()).stream()
                                .map(r -> new ProgressView(r.getActionId(), r.getProgress().name())).toList()))
                        .toList(),
                planInForce.visits(p.getId()).stream().map(v -> new VisitView(v.getVisitDate(), v.isChildSeen(),
                        v.isChildSeenAlone(), v.isHomeSeen(), v.getConcerns(), v.getReasonNotSeen(),
                        v.getRecordedBy())).toList());
    }

    private ConferenceView conference(Conference c) {
        Long id = c.getId();
        RecordView record = c.getHeldDate() == null ? null : new RecordView(c.getHeldDate(),
                names(c.getAgenciesAttended()), c.getParentsAttended(), c.getChildAttended(),
                c.getConfidentialPartReason(), c.getQuorate(), c.getInquorateReason(),
                new SignsOfSafetyView(c.getDangerStatements(), c.getWorkingWell(), c.getWorries(),
                        c.getComplicatingFactors(), c.getChildWishesAndFeelings(), c.getSafetyGoals()),
                conferences.scaling(id).stream().map(s -> new ScalingView(s.getParticipant(), s.getScore())).toList(),
                name(c.getDecision()), names(c.getCategories()), c.getLeadSocialWorker(), c.getReviewDate(),
                c.getOutlinePlan(),
                conferences.coreGroup(id).stream().map(m -> new MemberView(m.getName(), m.getRole())).toList(),
                c.getRecordedBy());
        return new ConferenceView(id, c.getConferenceType().name(), c.getStatus().name(), c.getDueDate(),
                c.getRelistedFromId(), c.getScheduledDate(), c.getScheduledTime(), c.getVenue(), c.getOnlineLink(),
                c.getChair(), names(c.getProposedAgencies()),
                conferences.participants(id).stream().map(p -> new ParticipantView(p.getKind().name(), p.getName(),
                        name(p.getRelationship()), name(p.getAgency()),
                        p.getKind().name().equals("PARENT") ? p.isParentalResponsibility() : null,
                        p.getInterpreterLanguage(), p.isNeedsSigner(), p.isNeedsAdvocate(), p.isAccessibleRoom(),
                        p.isLargePrint(), p.getReportRequestedDate(), p.isReportReceived(),
                        p.isReportSharedWithFamily(), name(p.getExclusion()), p.getExclusionReason(),
                        p.getViewsArrangement(),
                        p.getSeparatePart() == null ? null : p.getSeparatePart().inWords())).toList(),
                new PreparationView(c.getSwReportSharedDate(), c.getSwReportSharedHow(), c.getParentsViewsOnReport(),
                        c.getParentsContactedDate(), c.getChairContactNotes(), c.getReportsNotes()),
                record);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }
}
