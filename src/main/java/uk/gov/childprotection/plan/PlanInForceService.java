package uk.gov.childprotection.plan;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.TimescaleSettings;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.calendar.WorkingDayCalendar;
import uk.gov.childprotection.cases.CaseRepository;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.cases.DeadlineKind;
import uk.gov.childprotection.cases.DeadlineRepository;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.cases.StatutoryDeadline;
import uk.gov.childprotection.common.NotFoundException;
import uk.gov.childprotection.common.Problems;

/**
 * The plan in force: core group meetings that turn the outline plan into a SMART plan and follow its actions,
 * and the lead social worker's statutory visits, each on its timescale from the settings.
 */
@Service
@Transactional
public class PlanInForceService {

    private final ChildProtectionPlanRepository plans;
    private final PlanActionRepository actions;
    private final CoreGroupMeetingRepository meetings;
    private final ActionProgressRecordRepository progress;
    private final StatutoryVisitRepository visits;
    private final CaseRepository cases;
    private final DeadlineService deadlines;
    private final DeadlineRepository deadlineRecords;
    private final WorkingDayCalendar calendar;
    private final TimescaleSettings timescales;
    private final Today today;

    public PlanInForceService(ChildProtectionPlanRepository plans, PlanActionRepository actions,
            CoreGroupMeetingRepository meetings, ActionProgressRecordRepository progress,
            StatutoryVisitRepository visits, CaseRepository cases, DeadlineService deadlines,
            DeadlineRepository deadlineRecords, WorkingDayCalendar calendar, TimescaleSettings timescales,
            Today today) {
        this.plans = plans;
        this.actions = actions;
        this.meetings = meetings;
        this.progress = progress;
        this.visits = visits;
        this.cases = cases;
        this.deadlines = deadlines;
        this.deadlineRecords = deadlineRecords;
        this.calendar = calendar;
        this.timescales = timescales;
        this.today = today;
    }

    /** A new plan's first timescales: the first core group and the first visit, from the plan's start. */
    void planStarted(ChildProtectionPlan plan, ChildProtectionCase aCase) {
        deadlines.open(aCase, plan.getConferenceId(), DeadlineKind.FIRST_CORE_GROUP,
                calendar.addWorkingDays(plan.getStartDate(), timescales.firstCoreGroupWorkingDays()));
        deadlines.open(aCase, null, DeadlineKind.STATUTORY_VISIT,
                calendar.addWorkingDays(plan.getStartDate(), timescales.visitIntervalWorkingDays()));
    }

    public record Meeting(LocalDate date, String attendees, String notes, List<SmartAction> actions) {
    }

    /**
     * Records a core group meeting. The first must set out a SMART plan; every meeting records each action's
     * progress and may add or change actions. The next meeting is due one interval after this one.
     */
    public CoreGroupMeeting recordCoreGroupMeeting(Long planId, Meeting meeting, Problems problems, String by) {
        ChildProtectionPlan plan = plan(planId);
        boolean first = meetings.findByPlanIdOrderByMeetingDateAscIdAsc(planId).isEmpty();
        Map<Long, PlanAction> existing = new HashMap<>();
        actions.findByPlanIdOrderByIdAsc(planId).forEach(a -> existing.put(a.getId(), a));
        if (meeting.date() != null) {
            problems.check(!meeting.date().isAfter(today.date()), "meetingDate", "must not be in the future");
            problems.check(!meeting.date().isBefore(plan.getStartDate()), "meetingDate",
                    "must not be before the plan started (" + DeadlineService.longDate(plan.getStartDate()) + ")");
        }
        problems.check(!first || !meeting.actions().isEmpty(), "actions",
                "the first core group meeting sets out the SMART plan: add at least one action");
        for (SmartAction action : meeting.actions()) {
            problems.check(action.id() == null || existing.containsKey(action.id()), action.field("Id"),
                    "action " + action.id() + " is not an action of this plan");
            if (action.byWhen() != null && meeting.date() != null && action.id() == null) {
                problems.check(!action.byWhen().isBefore(meeting.date()), action.field("ByWhen"),
                        "a new action cannot be due before the meeting that agreed it");
            }
        }
        problems.throwIfAny();

        var at = today.now().toInstant();
        CoreGroupMeeting saved = meetings.save(new CoreGroupMeeting(planId, meeting.date(), first,
                meeting.attendees(), meeting.notes(), by, at));
        for (SmartAction submitted : meeting.actions()) {
            PlanAction action = submitted.id() == null
                    ? actions.save(new PlanAction(planId, submitted, at))
                    : existing.get(submitted.id());
            action.change(submitted, at);
            progress.save(new ActionProgressRecord(saved.getId(), action.getId(), submitted.progress()));
        }
        ChildProtectionCase aCase = caseOf(plan);
        DeadlineKind due = openCoreGroupDeadline(aCase).getKind();
        deadlines.meet(aCase, due, meeting.date());
        deadlines.open(aCase, null, DeadlineKind.CORE_GROUP,
                calendar.dueAfter(meeting.date(), timescales.coreGroupInterval()));
        return saved;
    }

    /**
     * Records a visit. Only a visit where the child was seen meets the statutory timescale; the next one is
     * then due 10 working days (a setting) later.
     */
    public StatutoryVisit recordVisit(Long planId, StatutoryVisit.Visit visit, Problems problems, String by) {
        ChildProtectionPlan plan = plan(planId);
        if (visit.date() != null) {
            problems.check(!visit.date().isAfter(today.date()), "visitDate", "must not be in the future");
            problems.check(!visit.date().isBefore(plan.getStartDate()), "visitDate",
                    "must not be before the plan started (" + DeadlineService.longDate(plan.getStartDate()) + ")");
        }
        problems.check(visit.childSeen() || !visit.childSeenAlone(), "childSeenAlone",
                "the child cannot be seen alone without being seen");
        problems.check(visit.childSeen() || visit.reasonNotSeen() != null, "reasonNotSeen",
                "say why the child was not seen");
        problems.throwIfAny();

        StatutoryVisit saved = visits.save(new StatutoryVisit(planId, visit, by, today.now().toInstant()));
        if (visit.childSeen()) {
            ChildProtectionCase aCase = caseOf(plan);
            deadlines.meet(aCase, DeadlineKind.STATUTORY_VISIT, visit.date());
            deadlines.open(aCase, null, DeadlineKind.STATUTORY_VISIT,
                    calendar.addWorkingDays(visit.date(), timescales.visitIntervalWorkingDays()));
        }
        return saved;
    }

    /**
     * A child on a pre-birth plan is born: the next core group meets within 10 working days (a setting) of the
     * birth, if it was not already due sooner. Returns whether it moved: the diagram then moves the waiting
     * meeting's due date and its overdue timer to the new date.
     */
    public boolean bringCoreGroupForwardAfterBirth(Long planId) {
        ChildProtectionPlan plan = plan(planId);
        ChildProtectionCase aCase = caseOf(plan);
        LocalDate born = aCase.getChild().getDateOfBirth();
        if (born == null) {
            throw new IllegalStateException("No birth is recorded for case " + aCase.getReference());
        }
        LocalDate due = calendar.addWorkingDays(born, timescales.postBirthWorkingDays());
        StatutoryDeadline open = openCoreGroupDeadline(aCase);
        if (due.isBefore(open.getDueDate())) {
            deadlines.open(aCase, null, open.getKind(), due);
            return true;
        }
        return false;
    }

    // ---- Read side, also for the diagram's due dates, timers and assignments ----

    @Transactional(readOnly = true)
    public ChildProtectionPlan plan(Long planId) {
        return plans.findById(planId).orElseThrow(() -> new NotFoundException("There is no plan " + planId));
    }

    @Transactional(readOnly = true)
    public String leadSocialWorkerOf(Long planId) {
        return plan(planId).getLeadSocialWorker();
    }

    @Transactional(readOnly = true)
    public boolean hasMeetings(Long planId) {
        return !meetings.findByPlanIdOrderByMeetingDateAscIdAsc(planId).isEmpty();
    }

    @Transactional(readOnly = true)
    public List<PlanAction> actions(Long planId) {
        return actions.findByPlanIdOrderByIdAsc(planId);
    }

    @Transactional(readOnly = true)
    public List<CoreGroupMeeting> meetings(Long planId) {
        return meetings.findByPlanIdOrderByMeetingDateAscIdAsc(planId);
    }

    @Transactional(readOnly = true)
    public CoreGroupMeeting meeting(Long meetingId) {
        return meetings.findById(meetingId)
                .orElseThrow(() -> new NotFoundException("There is no core group meeting " + meetingId));
    }

    @Transactional(readOnly = true)
    public List<ActionProgressRecord> progressAt(Long meetingId) {
        return progress.findByMeetingIdOrderByIdAsc(meetingId);
    }

    @Transactional(readOnly = true)
    public List<StatutoryVisit> visits(Long planId) {
        return visits.findByPlanIdOrderByVisitDateAscIdAsc(planId);
    }

    /** The core group deadline now running: the first meeting's, or the next regular one's. */
    @Transactional(readOnly = true)
    public String coreGroupDeadlineKind(Long planId) {
        return openCoreGroupDeadline(caseOf(plan(planId))).getKind().name();
    }

    /** The date the next core group meeting is due by. */
    @Transactional(readOnly = true)
    public LocalDate coreGroupDueDate(Long planId) {
        return openCoreGroupDeadline(caseOf(plan(planId))).getDueDate();
    }

    @Transactional(readOnly = true)
    public Date coreGroupDueBy(Long planId) {
        return Today.endOfWorkingDay(openCoreGroupDeadline(caseOf(plan(planId))).getDueDate());
    }

    /** The reminder day of the next core group (its task's follow-up date). */
    @Transactional(readOnly = true)
    public Date coreGroupRemindFrom(Long planId) {
        return deadlines.remindFrom(coreGroupDueDate(planId));
    }

    /** The core group deadline running now, for the escalation task raised when it is missed. */
    @Transactional(readOnly = true)
    public Long coreGroupDeadlineId(Long planId) {
        return openCoreGroupDeadline(caseOf(plan(planId))).getId();
    }

    @Transactional(readOnly = true)
    public Date coreGroupOverdueAt(Long planId) {
        return Today.startOf(openCoreGroupDeadline(caseOf(plan(planId))).getDueDate().plusDays(1));
    }

    @Transactional(readOnly = true)
    public LocalDate visitDueDate(Long planId) {
        return deadlines.latest(caseOf(plan(planId)), DeadlineKind.STATUTORY_VISIT).getDueDate();
    }

    @Transactional(readOnly = true)
    public Date visitDueBy(Long planId) {
        return Today.endOfWorkingDay(visitDueDate(planId));
    }

    @Transactional(readOnly = true)
    public Date visitOverdueAt(Long planId) {
        return Today.startOf(visitDueDate(planId).plusDays(1));
    }

    private StatutoryDeadline openCoreGroupDeadline(ChildProtectionCase aCase) {
        return deadlineRecords.findByCaseIdOrderByDueDateAscIdAsc(aCase.getId()).stream()
                .filter(d -> d.getKind() == DeadlineKind.FIRST_CORE_GROUP || d.getKind() == DeadlineKind.CORE_GROUP)
                .filter(d -> d.getMetDate() == null)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No core group is due for case " + aCase.getReference()));
    }

    private ChildProtectionCase caseOf(ChildProtectionPlan plan) {
        return cases.findById(plan.getCaseId()).orElseThrow();
    }
}
