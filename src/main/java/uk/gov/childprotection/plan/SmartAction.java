package uk.gov.childprotection.plan;

import java.time.LocalDate;

/** An action as a core group records it; {@code id} is null for a new action. */
public record SmartAction(Long id, String what, String who, LocalDate byWhen, String successMeasure,
        ActionProgress progress) {
}
