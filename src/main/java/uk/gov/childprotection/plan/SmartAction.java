package uk.gov.childprotection.plan;

import java.time.LocalDate;

/**
 * An action as a core group records it; {@code id} is null for a new action. {@code slot} names where it was
 * written (the form's "action3"), so that a refusal points at the right place.
 */
public record SmartAction(String slot, Long id, String what, String who, LocalDate byWhen, String successMeasure,
        ActionProgress progress) {
}
