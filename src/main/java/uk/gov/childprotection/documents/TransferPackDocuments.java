package uk.gov.childprotection.documents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.TimescaleSettings;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.calendar.WorkingDayCalendar;
import uk.gov.childprotection.cases.Child;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.cases.DeadlineKind;
import uk.gov.childprotection.cases.DeadlineRepository;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.cases.StatutoryDeadline;
import uk.gov.childprotection.conference.Conference;
import uk.gov.childprotection.conference.ConferenceDecision;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.conference.CoreGroupMember;
import uk.gov.childprotection.plan.CaseEvent;
import uk.gov.childprotection.plan.ChildProtectionPlan;
import uk.gov.childprotection.plan.CoreGroupMeeting;
import uk.gov.childprotection.plan.PlanAction;
import uk.gov.childprotection.plan.PlanEndingService;
import uk.gov.childprotection.plan.PlanInForceService;
import uk.gov.childprotection.plan.StatutoryVisit;

/**
 * The transfer pack for the council a family on a plan has moved to: the child, the case, the plan with its
 * census items, the latest conference, the outline plan and core group, the SMART actions with their latest
 * progress, recent visits, reviews, and the statutory timescales still open, so that the receiving council can
 * hold its transfer-in conference within 15 working days of being told.
 */
@Service
@Transactional
public class TransferPackDocuments {

    /** How many of the latest statutory visits the pack lists (about twelve weeks at one every fortnight). */
    static final int RECENT_VISITS = 6;
    /** A birthday without its weekday, as the case details of every document show it. */
    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** A labelled value: "Date of birth" - "4 May 2016". */
    public record Fact(String label, String value) {
    }

    public record VisitLine(String date, String childSeen, String seenAlone, String homeSeen, String notes) {
    }

    public record DeadlineLine(String what, String dueBy, String status) {
    }

    private final PlanInForceService planInForce;
    private final PlanEndingService endings;
    private final ConferenceService conferences;
    private final DeadlineRepository deadlines;
    private final DocumentFacts facts;
    private final DocumentService documents;
    private final WorkingDayCalendar calendar;
    private final TimescaleSettings timescales;
    private final Today today;

    TransferPackDocuments(PlanInForceService planInForce, PlanEndingService endings, ConferenceService conferences,
            DeadlineRepository deadlines, DocumentFacts facts, DocumentService documents,
            WorkingDayCalendar calendar, TimescaleSettings timescales, Today today) {
        this.planInForce = planInForce;
        this.endings = endings;
        this.conferences = conferences;
        this.deadlines = deadlines;
        this.facts = facts;
        this.documents = documents;
        this.calendar = calendar;
        this.timescales = timescales;
        this.today = today;
    }

    public Document write(Long planId, String generationKey, String task) {
        ChildProtectionPlan plan = planInForce.plan(planId);
        return documents.generate(new DocumentService.Request(DocumentType.TRANSFER_PACK,
                DocumentSubject.ofPlan(plan.getCaseId(), planId), false, generationKey, task, model(plan)));
    }

    @Transactional(readOnly = true)
    public Map<String, Object> model(ChildProtectionPlan plan) {
        ChildProtectionCase aCase = facts.caseOf(plan.getCaseId());
        LocalDate now = today.date();
        Map<String, Object> model = DocumentModel.forCase(aCase, now,
                facts.name(aCase.getTeamManager()) + ", team manager");

        CaseEvent move = endings.events(aCase.getId()).stream()
                .filter(e -> e.getKind() == CaseEvent.Kind.MOVED_TO_ANOTHER_COUNCIL)
                .reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalStateException("No move to another council is recorded"));
        model.put("receivingCouncil", move.getDetails());
        model.put("toldOn", DeadlineService.longDate(move.getEventDate()));
        model.put("transferInWorkingDays", timescales.transferInWorkingDays());
        model.put("transferInBy", DeadlineService.longDate(
                calendar.addWorkingDays(move.getEventDate(), timescales.transferInWorkingDays())));

        model.put("child", child(aCase.getChild()));
        List<Fact> theCase = new ArrayList<>();
        theCase.add(new Fact("Case reference", aCase.getReference()));
        theCase.add(new Fact("Referred on", DeadlineService.longDate(aCase.getReferralDate())));
        if (aCase.getTransferInFrom() != null) {
            theCase.add(new Fact("Transferred in from", aCase.getTransferInFrom() + ", told on "
                    + DeadlineService.longDate(aCase.getTransferInNotifiedDate())));
        }
        theCase.add(new Fact("Social worker", facts.name(aCase.getSocialWorker())));
        theCase.add(new Fact("Team manager", facts.name(aCase.getTeamManager())));
        model.put("theCase", theCase);

        List<Conference> ofCase = conferences.ofCase(aCase.getId());
        List<Conference> ofPlan = ofCase.stream()
                .filter(c -> c.isDecided() && c.getDecision() == ConferenceDecision.CHILD_PROTECTION_PLAN)
                .filter(c -> c.getId().equals(plan.getConferenceId()) || plan.getId().equals(c.getPlanId()))
                .toList();
        Conference made = ofPlan.stream().filter(c -> c.getId().equals(plan.getConferenceId())).findFirst()
                .orElse(null);
        List<LocalDate> reviewsHeld = ofCase.stream()
                .filter(c -> plan.getId().equals(c.getPlanId()) && c.isDecided()).map(Conference::getHeldDate)
                .toList();
        List<StatutoryDeadline> open = deadlines.findByCaseIdOrderByDueDateAscIdAsc(aCase.getId()).stream()
                .filter(d -> d.getMetDate() == null).toList();
        Conference latest = conferences.latestDecided(aCase.getId());

        List<Fact> thePlan = new ArrayList<>();
        thePlan.add(new Fact("Plan started on", DeadlineService.longDate(plan.getStartDate())));
        thePlan.add(new Fact("Initial category", made == null ? DocumentFacts.censusCategory(plan.getInitialCategory())
                : DocumentFacts.categories(made) + " (" + plan.getInitialCategory() + ")"));
        thePlan.add(new Fact("Latest category", ofPlan.isEmpty() ? DocumentFacts.censusCategory(plan.getLatestCategory())
                : DocumentFacts.categories(ofPlan.get(ofPlan.size() - 1)) + " (" + plan.getLatestCategory() + ")"));
        thePlan.add(new Fact("Number of previous plans", String.valueOf(plan.getNumberOfPreviousPlans())));
        thePlan.add(new Fact("Lead social worker", facts.name(plan.getLeadSocialWorker())));
        model.put("thePlan", thePlan);

        List<Fact> conference = new ArrayList<>();
        conference.add(new Fact("Conference", latest.getConferenceType().label()));
        conference.add(new Fact("Held on", DeadlineService.longDate(latest.getHeldDate())));
        conference.add(new Fact("Chaired by", facts.name(latest.getChair())));
        conference.add(new Fact("Decision", latest.getDecision().label()));
        if (!latest.getCategories().isEmpty()) {
            conference.add(new Fact("Categories", DocumentFacts.categories(latest)));
        }
        if (latest.getReviewDate() != null) {
            conference.add(new Fact("Review to be held by", DeadlineService.longDate(latest.getReviewDate())));
        }
        model.put("latestConference", conference);

        model.put("outlinePlan", ofPlan.stream().map(Conference::getOutlinePlan)
                .filter(text -> text != null && !text.isBlank()).reduce((first, second) -> second).orElse(null));
        List<Fact> coreGroup = List.of();
        for (Conference c : ofPlan) {
            List<CoreGroupMember> members = conferences.coreGroup(c.getId());
            if (!members.isEmpty()) {
                coreGroup = members.stream().map(m -> new Fact(m.getName(), m.getRole())).toList();
            }
        }
        model.put("coreGroup", coreGroup);

        List<CoreGroupMeeting> meetings = planInForce.meetings(plan.getId());
        model.put("actions", actions(plan, meetings));
        model.put("meetingsHeld", meetings.stream().map(m -> DeadlineService.longDate(m.getMeetingDate())).toList());

        List<StatutoryVisit> visits = new ArrayList<>(planInForce.visits(plan.getId()));
        visits.sort(Comparator.comparing(StatutoryVisit::getVisitDate).thenComparing(StatutoryVisit::getId).reversed());
        model.put("visits", visits.stream().limit(RECENT_VISITS).map(TransferPackDocuments::visit).toList());
        model.put("visitCount", visits.size());

        model.put("reviewsHeld", reviewsHeld.stream().map(DeadlineService::longDate).toList());
        model.put("nextReviewBy", DeadlineService.longDate(open.stream()
                .filter(d -> d.getKind() == DeadlineKind.REVIEW_CONFERENCE).map(StatutoryDeadline::getDueDate)
                .findFirst().orElse(latest.getReviewDate())));
        model.put("openDeadlines", open.stream().map(d -> new DeadlineLine(d.getKind().description(),
                DeadlineService.longDate(d.getDueDate()), status(d, now))).toList());
        return model;
    }

    private static List<Fact> child(Child child) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Name", child.fullName()));
        if (child.getDateOfBirth() != null) {
            facts.add(new Fact("Date of birth", BIRTH_DATE.format(child.getDateOfBirth())));
        } else {
            facts.add(new Fact("Expected date of delivery (unborn)",
                    BIRTH_DATE.format(child.getExpectedDateOfDelivery())));
        }
        facts.add(new Fact("Gender", child.getGender() == null ? "Not known" : switch (child.getGender()) {
            case FEMALE -> "Female";
            case MALE -> "Male";
            case NOT_KNOWN -> "Not known";
        }));
        if (child.getAddress() != null && !child.getAddress().isBlank()) {
            facts.add(new Fact("Last address known to us", child.getAddress()));
        }
        if (child.getFirstLanguage() != null && !child.getFirstLanguage().isBlank()) {
            facts.add(new Fact("First language", child.getFirstLanguage()));
        }
        return facts;
    }

    /** Each action with its latest progress and the core group meeting that recorded it. */
    private List<SmartActionLine> actions(ChildProtectionPlan plan, List<CoreGroupMeeting> meetings) {
        Map<Long, LocalDate> lastRecorded = new HashMap<>();
        for (CoreGroupMeeting meeting : meetings) {
            planInForce.progressAt(meeting.getId()).forEach(r -> lastRecorded.merge(r.getActionId(),
                    meeting.getMeetingDate(), (a, b) -> a.isAfter(b) ? a : b));
        }
        List<SmartActionLine> lines = new ArrayList<>();
        for (PlanAction action : planInForce.actions(plan.getId())) {
            LocalDate when = lastRecorded.get(action.getId());
            lines.add(new SmartActionLine(lines.size() + 1, action.getWhat(), action.getWho(),
                    DeadlineService.longDate(action.getByWhen()), action.getSuccessMeasure(),
                    action.getProgress().label() + (when == null ? ""
                            : " (core group meeting on " + DeadlineService.longDate(when) + ")")));
        }
        return lines;
    }

    private static VisitLine visit(StatutoryVisit v) {
        String notes = v.isChildSeen() ? v.getConcerns() : "Not seen: " + v.getReasonNotSeen();
        return new VisitLine(DeadlineService.longDate(v.getVisitDate()), yesNo(v.isChildSeen()),
                yesNo(v.isChildSeenAlone()), yesNo(v.isHomeSeen()), notes == null || notes.isBlank() ? "" : notes);
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    private static String status(StatutoryDeadline deadline, LocalDate now) {
        String status = deadline.isOverdueOn(now) ? "Overdue." : "Not yet due.";
        return deadline.getDelayReason() == null ? status
                : status + " Reason for the delay: " + deadline.getDelayReason();
    }
}
