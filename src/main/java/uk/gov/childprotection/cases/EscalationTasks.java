package uk.gov.childprotection.cases;

import java.util.Date;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.calendar.WorkingDayCalendar;

/**
 * What every "Record reason for ... delay" task carries when a timer raises it: its own due date, so the
 * Overdue filter sees an escalation nobody answers, and the deadline it is about, so the reason is kept on the
 * deadline that was missed even when the next one of its kind has opened since. In BPMN:
 * {@code camunda:dueDate="${escalationTasks.dueBy()}"} and an input parameter
 * {@code deadlineId = ${escalationTasks.deadlineId(caseReference, 'STATUTORY_VISIT')}}.
 */
@Component("escalationTasks")
public class EscalationTasks {

    private final CaseRepository cases;
    private final DeadlineService deadlines;
    private final WorkingDayCalendar calendar;
    private final Today today;

    public EscalationTasks(CaseRepository cases, DeadlineService deadlines, WorkingDayCalendar calendar,
            Today today) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.today = today;
    }

    /** An escalation is answered by the end of the next working day after it is raised. */
    public Date dueBy() {
        return Today.endOfWorkingDay(calendar.addWorkingDays(today.date(), 1));
    }

    /** The deadline of this kind running when the timer fired: the latest one (it was not met, or no timer). */
    @Transactional(readOnly = true)
    public Long deadlineId(String caseReference, String kind) {
        ChildProtectionCase aCase = cases.findByReference(caseReference).orElseThrow();
        return deadlines.latest(aCase, DeadlineKind.valueOf(kind)).getId();
    }
}
