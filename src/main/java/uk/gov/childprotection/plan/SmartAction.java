package uk.gov.childprotection.plan;

import java.time.LocalDate;

/**
 * An action as a core group records it; {@code id} is null for a new action. {@code slot} names where it was
 * written (the form's "action3"), so that a refusal points at the right place.
 */
public record SmartAction(String slot, Long id, String what, String who, LocalDate byWhen, String successMeasure,
        ActionProgress progress) {

    /**
     * The form field of this action that a problem is named by: {@code action3ByWhen} for the form's numbered
     * slots (older clients), {@code actions[2].byWhen} for a row of the list ({@code slot} "actions[2].").
     */
    public String field(String name) {
        if (slot.endsWith(".")) {
            String row = Character.toLowerCase(name.charAt(0)) + name.substring(1);
            return slot + ("id".equals(row) ? "actionId" : row);
        }
        return slot + name;
    }
}
