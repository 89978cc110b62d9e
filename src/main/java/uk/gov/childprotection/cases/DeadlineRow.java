package uk.gov.childprotection.cases;

import java.time.LocalDate;

/** A deadline's dates and reason only, for reading thousands at once (no entity to track). */
public record DeadlineRow(Long caseId, DeadlineKind kind, LocalDate dueDate, LocalDate metDate, LocalDate closedDate,
        String delayReason) {
}
