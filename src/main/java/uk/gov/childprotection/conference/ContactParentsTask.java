package uk.gov.childprotection.conference;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.FormTaskListener;
import uk.gov.childprotection.common.FormValues;
import uk.gov.childprotection.documents.DocumentLinks;

/**
 * Task "Contact parents before the conference" (form contact-parents-before-conference): the Chair's call to
 * the parents, and the decision, with its reason, on any request to exclude one of them. The form links to the
 * invitation letters the family received.
 */
@Component("contactParentsBeforeConference")
class ContactParentsTask extends FormTaskListener {

    private final ConferenceService conferences;
    private final DocumentLinks links;

    ContactParentsTask(ConferenceService conferences, DocumentLinks links) {
        this.conferences = conferences;
        this.links = links;
    }

    @Override
    protected void prefill(DelegateTask task) {
        task.setVariableLocal("invitationLinks", links.invitationLinks(conferenceId(task)));
        // The parent an exclusion is about is chosen from those invited, never typed and matched by name.
        List<java.util.Map<String, String>> parents = conferences.participants(conferenceId(task)).stream()
                .filter(p -> p.getKind() == Participant.Kind.PARENT)
                .map(p -> java.util.Map.of("label", p.getName() + (p.getRelationship() == null ? ""
                        : " (" + p.getRelationship().name().toLowerCase().replace('_', ' ') + ")"),
                        "value", p.getName()))
                .toList();
        task.setVariableLocal("invitedParents", org.camunda.spin.plugin.variable.SpinValues.jsonValue(
                org.camunda.spin.Spin.JSON(parents)).create());
    }

    @Override
    protected void complete(DelegateTask task, FormValues form) {
        boolean requested = form.flag("exclusionRequested");
        ConferenceService.ChairContact contact = new ConferenceService.ChairContact(
                form.requiredDate("parentsContactedDate", "The date you spoke to the parents"),
                form.text("contactNotes"), requested,
                requested ? form.text("excludedParentName") : null,
                requested ? form.text("exclusionRequestedBy") : null,
                requested ? form.choice("exclusionDecision", ExclusionDecision.class, "Your decision") : null,
                requested ? form.text("exclusionReason") : null,
                requested ? form.text("parentViewsArrangement") : null);
        conferences.recordChairContact(conferenceId(task), contact, form.problems());
    }

    @Override
    protected List<String> submittedFields() {
        return List.of("parentsContactedDate", "contactNotes", "exclusionRequested", "excludedParentName",
                "exclusionRequestedBy", "exclusionDecision", "exclusionReason", "parentViewsArrangement");
    }
}
