package uk.gov.childprotection.cases;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.TimescaleSettings;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.calendar.WorkingDayCalendar;
import uk.gov.childprotection.common.NotFoundException;

/**
 * Keeps the statutory deadlines of each case: opened when a timescale starts, met when the thing is done, and
 * explained when it was missed. Timers that escalate a missed deadline read their date from here.
 */
@Service
@Transactional
public class DeadlineService {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final DeadlineRepository deadlines;
    private final CaseRepository cases;
    private final Today today;
    private final WorkingDayCalendar calendar;
    private final TimescaleSettings timescales;

    public DeadlineService(DeadlineRepository deadlines, CaseRepository cases, Today today,
            WorkingDayCalendar calendar, TimescaleSettings timescales) {
        this.deadlines = deadlines;
        this.cases = cases;
        this.today = today;
        this.calendar = calendar;
        this.timescales = timescales;
    }

    /** Starts (or moves) the latest deadline of this kind for the case. */
    public StatutoryDeadline open(ChildProtectionCase aCase, Long conferenceId, DeadlineKind kind, LocalDate due) {
        StatutoryDeadline deadline = deadlines.findFirstByCaseIdAndKindOrderByIdDesc(aCase.getId(), kind)
                .filter(StatutoryDeadline::isOpen)
                .orElseGet(() -> new StatutoryDeadline(aCase.getId(), conferenceId, kind, due));
        deadline.reschedule(due);
        return deadlines.save(deadline);
    }

    public void meet(ChildProtectionCase aCase, DeadlineKind kind, LocalDate date) {
        latest(aCase, kind).meet(date);
    }

    /**
     * A timescale that no longer applies (an ICPC not required after all): closed from today with the reason,
     * kept on the record with its target date, never shown overdue afterwards.
     */
    public void cancel(ChildProtectionCase aCase, DeadlineKind kind, String reason) {
        deadlines.findFirstByCaseIdAndKindOrderByIdDesc(aCase.getId(), kind)
                .filter(StatutoryDeadline::isOpen)
                .ifPresent(d -> d.close(today.date(), reason));
    }

    /**
     * Closes every open deadline of these kinds (a plan ended: its core groups, visits and reviews stop),
     * on the day it stopped applying, with the reason.
     */
    public void closeOpen(ChildProtectionCase aCase, Set<DeadlineKind> kinds, LocalDate on, String reason) {
        deadlines.findByCaseIdOrderByDueDateAscIdAsc(aCase.getId()).stream()
                .filter(d -> kinds.contains(d.getKind()) && d.isOpen())
                .forEach(d -> d.close(on, reason));
    }

    /**
     * The reason for a missed deadline of this kind, when the escalation does not name the deadline: kept on
     * the one that was missed ({@link #missed}), never on a later one opened since.
     */
    public void explainDelay(ChildProtectionCase aCase, DeadlineKind kind, String reason, String by) {
        missed(aCase, kind).explainDelay(reason, by, today.now().toInstant());
    }

    /** The reason for the missed deadline the escalation was about, named by its id (it must be this case's). */
    public void explainDelay(ChildProtectionCase aCase, Long deadlineId, String reason, String by) {
        ofCase(aCase, deadlineId, null).explainDelay(reason, by, today.now().toInstant());
    }

    /**
     * The deadline an escalation of this kind is about: the one it names ({@code deadlineId}, which must be this
     * case's and of this kind), otherwise the one {@link #missed}.
     */
    @Transactional(readOnly = true)
    public StatutoryDeadline escalated(ChildProtectionCase aCase, DeadlineKind kind, Long deadlineId) {
        return deadlineId == null ? missed(aCase, kind) : ofCase(aCase, deadlineId, kind);
    }

    /**
     * The missed deadline of this kind still waiting for its reason: the oldest that is overdue (still open, or
     * met or closed late) and not yet explained. A visit due 1 March and explained after the next visit's
     * deadline opened is still the 1 March one. Without one, the latest of the kind.
     */
    @Transactional(readOnly = true)
    public StatutoryDeadline missed(ChildProtectionCase aCase, DeadlineKind kind) {
        LocalDate now = today.date();
        return deadlines.findByCaseIdOrderByDueDateAscIdAsc(aCase.getId()).stream()
                .filter(d -> d.getKind() == kind && d.getDelayReason() == null && d.isOverdueOn(now))
                .findFirst()
                .orElseGet(() -> latest(aCase, kind));
    }

    private StatutoryDeadline ofCase(ChildProtectionCase aCase, Long deadlineId, DeadlineKind kind) {
        StatutoryDeadline deadline = deadlines.findById(deadlineId)
                .filter(d -> d.getCaseId().equals(aCase.getId()))
                .orElseThrow(() -> new NotFoundException(
                        "Case " + aCase.getReference() + " has no deadline " + deadlineId));
        if (kind != null && deadline.getKind() != kind) {
            throw new IllegalStateException("Deadline " + deadlineId + " of case " + aCase.getReference() + " is "
                    + deadline.getKind() + ", not " + kind);
        }
        return deadline;
    }

    @Transactional(readOnly = true)
    public java.util.Optional<StatutoryDeadline> findLatest(ChildProtectionCase aCase, DeadlineKind kind) {
        return deadlines.findFirstByCaseIdAndKindOrderByIdDesc(aCase.getId(), kind);
    }

    @Transactional(readOnly = true)
    public StatutoryDeadline latest(ChildProtectionCase aCase, DeadlineKind kind) {
        return deadlines.findFirstByCaseIdAndKindOrderByIdDesc(aCase.getId(), kind)
                .orElseThrow(() -> new NotFoundException("Case " + aCase.getReference() + " has no deadline " + kind));
    }

    /**
     * When a timer escalates a missed deadline: the start of the day after it was due, in England. Used in BPMN
     * as {@code ${deadlines.overdueAt(caseReference, 'ICPC_HELD')}}.
     */
    @Transactional(readOnly = true)
    public Date overdueAt(String caseReference, String kind) {
        ChildProtectionCase aCase = cases.findByReference(caseReference)
                .orElseThrow(() -> new NotFoundException("No case " + caseReference));
        return Today.startOf(latest(aCase, DeadlineKind.valueOf(kind)).getDueDate().plusDays(1));
    }

    /**
     * When the person responsible is reminded: the start of the working day {@code reminderWorkingDaysBefore}
     * before the due date. Used as a task's follow-up date, so the task shows in Tasklist's "Due soon" filter
     * from that day: {@code camunda:followUpDate="${deadlineService.remindFrom(caseReference, 'ICPC_HELD')}"}.
     */
    @Transactional(readOnly = true)
    public Date remindFrom(String caseReference, String kind) {
        ChildProtectionCase aCase = cases.findByReference(caseReference)
                .orElseThrow(() -> new NotFoundException("No case " + caseReference));
        return remindFrom(latest(aCase, DeadlineKind.valueOf(kind)).getDueDate());
    }

    /** The reminder day for any due date (see above). */
    public Date remindFrom(LocalDate due) {
        return Today.startOf(calendar.subtractWorkingDays(calendar.onOrBefore(due),
                timescales.reminderWorkingDaysBefore()));
    }

    /** The due date as a task due date (the end of that working day). */
    @Transactional(readOnly = true)
    public Date dueBy(String caseReference, String kind) {
        ChildProtectionCase aCase = cases.findByReference(caseReference)
                .orElseThrow(() -> new NotFoundException("No case " + caseReference));
        return Today.endOfWorkingDay(latest(aCase, DeadlineKind.valueOf(kind)).getDueDate());
    }

    /** A date as people read it in a form or a letter: "Monday 28 December 2026". */
    public static String longDate(LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
    }
}
