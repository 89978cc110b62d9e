package uk.gov.childprotection.conference;

import uk.gov.childprotection.family.Relationship;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.FormTaskListener;
import uk.gov.childprotection.common.FormValues;

/**
 * Task "Invite participants" (form invite-participants). The agencies start as the invitation table proposed,
 * and the child is invited by default from the age the settings give.
 */
@Component("inviteParticipants")
class InviteParticipantsTask extends FormTaskListener {

    private final ConferenceService conferences;

    InviteParticipantsTask(ConferenceService conferences) {
        this.conferences = conferences;
    }

    @Override
    protected void prefill(DelegateTask task) {
        Long id = conferenceId(task);
        List<String> proposed = conferences.get(id).getProposedAgencies().stream().map(Enum::name).toList();
        task.setVariableLocal("invitedAgencies", SpinValues.jsonValue(Spin.JSON(proposed)).create());
        task.setVariableLocal("childInvited", conferences.childOldEnoughToInvite(id));
        // A row for each of the household's parents and carers, as recorded (their relationship to the first child
        // of the meeting they are recorded for; responsibility if they hold it for any of them), and any to add.
        List<java.util.Map<String, Object>> rows = new ArrayList<>();
        for (ConferenceService.HouseholdParent parent : conferences.householdParents(id)) {
            java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("name", parent.person().getName());
            row.put("relationship", parent.relationship().name());
            row.put("parentalResponsibility", parent.parentalResponsibility());
            if (parent.person().getEmail() != null) {
                row.put("email", parent.person().getEmail());
            }
            if (parent.person().getAddress() != null) {
                row.put("address", parent.person().getAddress());
            }
            if (parent.person().getInterpreterLanguage() != null) {
                row.put("interpreterLanguage", parent.person().getInterpreterLanguage());
            }
            row.put("needsSigner", parent.person().isNeedsSigner());
            row.put("needsAdvocate", parent.person().isNeedsAdvocate());
            row.put("accessibleRoom", parent.person().isAccessibleRoom());
            row.put("largePrint", parent.person().isLargePrint());
            rows.add(row);
        }
        task.setVariableLocal("parents", SpinValues.jsonValue(Spin.JSON(rows)).create());
        task.setVariableLocal("professionals", SpinValues.jsonValue(Spin.JSON(List.of())).create());
    }

    /**
     * The form has a row per parent or carer and per named professional, as many as there are. Older clients send
     * three numbered parent slots (parent1Name...) and the professionals one per line (name, agency, email).
     */
    static final int PARENT_SLOTS = 3;
    private static final List<String> PARENT_FIELDS = List.of("Name", "Relationship", "ParentalResponsibility",
            "Email", "InterpreterLanguage", "NeedsSigner", "NeedsAdvocate", "AccessibleRoom", "LargePrint");

    @Override
    protected void complete(DelegateTask task, FormValues form) {
        boolean slots = false;
        for (int n = 1; n <= PARENT_SLOTS; n++) {
            slots |= form.has("parent" + n + "Name") || form.has("parent" + n + "Email");
        }
        List<ParentInvitation> parents = slots ? new ArrayList<>() : parentRows(form);
        for (int n = 1; slots && n <= PARENT_SLOTS; n++) {
            String slot = "parent" + n;
            if (form.text(slot + "Name") == null && form.text(slot + "Email") == null) {
                continue; // an unused slot
            }
            parents.add(new ParentInvitation(form.requiredText(slot + "Name", "The name"),
                    form.requiredChoice(slot + "Relationship", Relationship.class, "The relationship to the child"),
                    form.flag(slot + "ParentalResponsibility"), form.text(slot + "Email"),
                    form.text(slot + "InterpreterLanguage"), form.flag(slot + "NeedsSigner"),
                    form.flag(slot + "NeedsAdvocate"), form.flag(slot + "AccessibleRoom"),
                    form.flag(slot + "LargePrint")));
        }
        List<ConferenceService.Professional> professionals = form.text("namedProfessionals") == null
                ? professionalRows(form) : new ArrayList<>();
        List<String> lines = form.lines("namedProfessionals");
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = lines.get(i).split(",");
            Agency agency = parts.length >= 2 ? Agency.fromText(parts[1]) : null;
            if (parts.length < 2 || parts[0].isBlank() || agency == null) {
                form.problems().add("namedProfessionals", "line " + (i + 1) + " '" + lines.get(i)
                        + "': write name, agency, email, with one of the agencies " + Agency.labels());
                continue;
            }
            professionals.add(new ConferenceService.Professional(parts[0].trim(), agency,
                    parts.length > 2 && !parts[2].isBlank() ? parts[2].trim() : null));
        }
        List<Agency> agencies = form.choices("invitedAgencies", Agency.class, "Agency");
        form.problems().throwIfAny();
        conferences.invite(conferenceId(task), new ConferenceService.Invitations(agencies, parents,
                form.flag("childInvited"), form.flag("childAdvocate"), professionals), form.problems());
    }

    /** Every parent row with anything in it (an empty row added by mistake is no one). */
    private static List<ParentInvitation> parentRows(FormValues form) {
        List<ParentInvitation> parents = new ArrayList<>();
        for (FormValues row : form.rows("parents")) {
            if (java.util.stream.Stream.of("name", "email", "address", "partStarts", "partEnds")
                    .allMatch(field -> row.text(field) == null)) {
                continue;
            }
            uk.gov.childprotection.common.ContactRules.email("email", row.text("email"), row.problems());
            parents.add(new ParentInvitation(row.requiredText("name", "The name"),
                    row.requiredChoice("relationship", Relationship.class, "The relationship to the child"),
                    row.flag("parentalResponsibility"), row.text("email"), row.text("interpreterLanguage"),
                    row.flag("needsSigner"), row.flag("needsAdvocate"), row.flag("accessibleRoom"),
                    row.flag("largePrint"), row.text("address"), separatePart(row)));
        }
        return parents;
    }

    /** Their own part of the conference, when they attend separately: from and to, on the 24-hour clock. */
    private static SeparatePart separatePart(FormValues row) {
        if (!row.flag("attendsSeparately")) {
            // Times left in the row of a parent who comes for the whole conference are not used, but a time
            // that is not one is still refused: the person may have meant to tick the box.
            for (String field : List.of("partStarts", "partEnds")) {
                if (row.text(field) != null) {
                    row.requiredTime(field, "The time");
                }
            }
            return null;
        }
        java.time.LocalTime starts = row.requiredTime("partStarts", "The time their part starts");
        java.time.LocalTime ends = row.requiredTime("partEnds", "The time their part ends");
        if (starts == null || ends == null) {
            return null;
        }
        row.problems().check(ends.isAfter(starts), "partEnds", "The time their part ends must be after "
                + "the time it starts");
        return ends.isAfter(starts) ? new SeparatePart(starts, ends) : null;
    }

    /** Every named professional row: a name and an agency chosen from the list, never parsed from text. */
    private static List<ConferenceService.Professional> professionalRows(FormValues form) {
        List<ConferenceService.Professional> professionals = new ArrayList<>();
        for (FormValues row : form.rows("professionals")) {
            if (row.text("name") == null && row.text("agency") == null && row.text("email") == null) {
                continue;
            }
            uk.gov.childprotection.common.ContactRules.email("email", row.text("email"), row.problems());
            professionals.add(new ConferenceService.Professional(row.requiredText("name", "The name"),
                    row.requiredChoice("agency", Agency.class, "The agency"), row.text("email")));
        }
        return professionals;
    }

    @Override
    protected List<String> submittedFields() {
        List<String> fields = new ArrayList<>(List.of("invitedAgencies", "childInvited", "childAdvocate",
                "namedProfessionals", "parents", "professionals"));
        for (int n = 1; n <= PARENT_SLOTS; n++) {
            for (String field : PARENT_FIELDS) {
                fields.add("parent" + n + field);
            }
        }
        return fields;
    }
}
