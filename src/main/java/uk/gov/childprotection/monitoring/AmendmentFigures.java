package uk.gov.childprotection.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.gov.childprotection.calendar.WorkingDayCalendar;

/**
 * Parents' requests to amend a conference record, as a manager watches them: those received in the period, how
 * many the Chair has answered (accepted or refused) and in how many working days, and those still waiting today
 * with how long they have waited. The law sets no time to answer, so none is invented: the figures say how long.
 */
record AmendmentFigures(int received, int answered, int accepted, int refused,
        BigDecimal medianWorkingDaysToAnswer, List<Waiting> stillWaiting) {

    /** One request: when it came, when and how the Chair answered it (null while waiting). */
    record Request(String caseReference, String childName, LocalDate received, LocalDate answered,
            Boolean accepted) {
    }

    /** A request not yet answered, oldest first. */
    record Waiting(String caseReference, String childName, LocalDate received, int workingDaysWaiting,
            String casePage) {
    }

    static AmendmentFigures of(List<Request> requests, LocalDate from, LocalDate to, LocalDate today,
            WorkingDayCalendar calendar) {
        int received = 0;
        int answered = 0;
        int accepted = 0;
        List<Integer> days = new ArrayList<>();
        List<Waiting> waiting = new ArrayList<>();
        for (Request r : requests) {
            if (r.answered() == null) {
                waiting.add(new Waiting(r.caseReference(), r.childName(), r.received(),
                        Math.max(0, calendar.workingDaysBetween(r.received(), today)),
                        "/cases/" + r.caseReference()));
            }
            if (r.received().isBefore(from) || r.received().isAfter(to)) {
                continue;
            }
            received++;
            if (r.answered() != null) {
                answered++;
                if (Boolean.TRUE.equals(r.accepted())) {
                    accepted++;
                }
                days.add(calendar.workingDaysBetween(r.received(), r.answered()));
            }
        }
        waiting.sort(java.util.Comparator.comparing(Waiting::received));
        return new AmendmentFigures(received, answered, accepted, answered - accepted, Timeliness.median(days),
                waiting);
    }
}
