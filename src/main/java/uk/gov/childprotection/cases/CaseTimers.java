package uk.gov.childprotection.cases;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.TimescaleSettings;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.calendar.WorkingDayCalendar;
import uk.gov.childprotection.common.ApplicationAuthority;
import uk.gov.childprotection.common.EngineDueDates;

/**
 * The dates of the case process's timers, read from the record, and the one place that moves those timers
 * when the record changes (a birth recorded after a pre-birth plan, a conference timescale started during the
 * enquiry). A timer's date is evaluated once, when the engine creates the timer job, so a changed date is
 * carried to the waiting job through the engine's own API ({@link ManagementService#setJobDuedate}), found by the
 * timer's activity id among the jobs of the case's process instances.
 */
@Service("caseTimers")
@Transactional(readOnly = true)
public class CaseTimers {

    /** Activity ids of the case process's timers that read a domain date. */
    public static final String CONFERENCE_OVERDUE = "Timer_ConferenceOverdue";
    public static final String EIGHTEENTH_BIRTHDAY = "Timer_EighteenthBirthday";
    public static final String REVIEW_BEFORE_EIGHTEEN = "Timer_ReviewBeforeEighteen";

    /**
     * While no conference timescale has started yet (the strategy discussion is still to decide on an enquiry),
     * the escalation timer waits at this date; the decision that starts the timescale moves it (see
     * {@link #follow}).
     */
    static final LocalDate NOT_STARTED = LocalDate.of(9999, 12, 31);

    private final CaseRepository cases;
    private final DeadlineRepository deadlines;
    private final TimescaleSettings timescales;
    private final RuntimeService runtime;
    private final EngineDueDates dueDates;
    private final ApplicationAuthority authority;
    private final WorkingDayCalendar calendar;

    public CaseTimers(CaseRepository cases, DeadlineRepository deadlines, TimescaleSettings timescales,
            RuntimeService runtime, EngineDueDates dueDates, ApplicationAuthority authority,
            WorkingDayCalendar calendar) {
        this.calendar = calendar;
        this.cases = cases;
        this.deadlines = deadlines;
        this.timescales = timescales;
        this.runtime = runtime;
        this.dueDates = dueDates;
        this.authority = authority;
    }

    /** Which timescale the conference escalation watches: a transfer-in's own, or the ICPC's. */
    public static DeadlineKind conferenceDeadlineKind(ChildProtectionCase aCase) {
        return aCase.isTransferIn() ? DeadlineKind.TRANSFER_IN_CONFERENCE : DeadlineKind.ICPC_HELD;
    }

    /**
     * Timer "Conference overdue" of the case process: the start of the day after the conference was due (ICPC
     * or transfer-in), wherever the case stands before the conference's decision.
     */
    public Date conferenceOverdueAt(String caseReference) {
        ChildProtectionCase aCase = aCase(caseReference);
        return deadlines.findFirstByCaseIdAndKindOrderByIdDesc(aCase.getId(), conferenceDeadlineKind(aCase))
                .map(d -> d.getDueDate().plusDays(1)).map(Today::startOf)
                .orElse(Today.startOf(NOT_STARTED));
    }

    /** Timer "18th birthday" of the case process: the plan ends at 18 at the latest. */
    public Date eighteenthBirthday(String caseReference) {
        return Today.startOf(eighteen(aCase(caseReference)));
    }

    /** Timer "18th birthday approaching": time to arrange a review around the 18th birthday. */
    public Date reviewBeforeEighteen(String caseReference) {
        return Today.startOf(calendar.dueAfter(eighteen(aCase(caseReference)),
                timescales.reviewBeforeEighteenthBirthday().negated()));
    }

    private static LocalDate eighteen(ChildProtectionCase aCase) {
        return aCase.getChild().birthOrExpected().plusYears(18);
    }

    /**
     * Moves every waiting timer of the case that reads a domain date to the date the record now gives. Call it
     * in the transaction that changed the record; a timer not waiting (already fired, or its branch not
     * reached) is left alone. Returns how many jobs were moved.
     */
    @Transactional
    public int follow(String caseReference) {
        Map<String, Function<String, Date>> dates = Map.of(
                CONFERENCE_OVERDUE, this::conferenceOverdueAt,
                EIGHTEENTH_BIRTHDAY, this::eighteenthBirthday,
                REVIEW_BEFORE_EIGHTEEN, this::reviewBeforeEighteen);
        return authority.call(() -> {
            int moved = 0;
            for (var instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseReference)
                    .list()) {
                for (var timer : dates.entrySet()) {
                    moved += dueDates.moveTimer(instance.getId(), timer.getKey(), timer.getValue().apply(caseReference));
                }
            }
            return moved;
        });
    }

    private ChildProtectionCase aCase(String caseReference) {
        return cases.findByReference(caseReference)
                .orElseThrow(() -> new uk.gov.childprotection.common.NotFoundException("No case " + caseReference));
    }
}
