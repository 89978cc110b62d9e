package uk.gov.childprotection.conference;

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
    }

    @Override
    protected void complete(DelegateTask task, FormValues form) {
        List<ParentInvitation> parents = new ArrayList<>();
        for (FormValues row : form.rows("parents")) {
            if (row.text("name") == null && row.text("email") == null) {
                continue; // an empty row left in the dynamic list
            }
            parents.add(new ParentInvitation(row.requiredText("name", "The name"),
                    row.requiredChoice("relationship", Relationship.class, "The relationship to the child"),
                    row.flag("parentalResponsibility"), row.text("email"), row.text("interpreterLanguage"),
                    row.flag("needsSigner"), row.flag("needsAdvocate"), row.flag("accessibleRoom"),
                    row.flag("largePrint")));
        }
        List<ConferenceService.Professional> professionals = new ArrayList<>();
        for (FormValues row : form.rows("professionals")) {
            if (row.text("name") == null && row.text("email") == null) {
                continue;
            }
            professionals.add(new ConferenceService.Professional(row.requiredText("name", "The name"),
                    row.requiredChoice("agency", Agency.class, "The agency"), row.text("email")));
        }
        List<Agency> agencies = form.choices("invitedAgencies", Agency.class, "Agency");
        form.problems().throwIfAny();
        conferences.invite(conferenceId(task), new ConferenceService.Invitations(agencies, parents,
                form.flag("childInvited"), form.flag("childAdvocate"), professionals), form.problems());
    }

    @Override
    protected List<String> submittedFields() {
        return List.of("invitedAgencies", "parents", "childInvited", "childAdvocate", "professionals");
    }
}
