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
        // The household's parents and carers fill the slots, as recorded (their relationship to the first child
        // of the meeting they are recorded for; responsibility if they hold it for any of them).
        List<ConferenceService.HouseholdParent> parents = conferences.householdParents(id);
        for (int n = 1; n <= Math.min(PARENT_SLOTS, parents.size()); n++) {
            ConferenceService.HouseholdParent parent = parents.get(n - 1);
            String slot = "parent" + n;
            task.setVariableLocal(slot + "Name", parent.person().getName());
            task.setVariableLocal(slot + "Relationship", parent.relationship().name());
            task.setVariableLocal(slot + "ParentalResponsibility", parent.parentalResponsibility());
            if (parent.person().getEmail() != null) {
                task.setVariableLocal(slot + "Email", parent.person().getEmail());
            }
            if (parent.person().getInterpreterLanguage() != null) {
                task.setVariableLocal(slot + "InterpreterLanguage", parent.person().getInterpreterLanguage());
            }
            task.setVariableLocal(slot + "NeedsSigner", parent.person().isNeedsSigner());
            task.setVariableLocal(slot + "NeedsAdvocate", parent.person().isNeedsAdvocate());
            task.setVariableLocal(slot + "AccessibleRoom", parent.person().isAccessibleRoom());
            task.setVariableLocal(slot + "LargePrint", parent.person().isLargePrint());
        }
    }

    /** Parents and carers come in three slots of the form; named professionals one per line. */
    static final int PARENT_SLOTS = 3;
    private static final List<String> PARENT_FIELDS = List.of("Name", "Relationship", "ParentalResponsibility",
            "Email", "InterpreterLanguage", "NeedsSigner", "NeedsAdvocate", "AccessibleRoom", "LargePrint");

    @Override
    protected void complete(DelegateTask task, FormValues form) {
        List<ParentInvitation> parents = new ArrayList<>();
        for (int n = 1; n <= PARENT_SLOTS; n++) {
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
        List<ConferenceService.Professional> professionals = new ArrayList<>();
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

    @Override
    protected List<String> submittedFields() {
        List<String> fields = new ArrayList<>(List.of("invitedAgencies", "childInvited", "childAdvocate",
                "namedProfessionals"));
        for (int n = 1; n <= PARENT_SLOTS; n++) {
            for (String field : PARENT_FIELDS) {
                fields.add("parent" + n + field);
            }
        }
        return fields;
    }
}
