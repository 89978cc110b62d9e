package uk.gov.childprotection.plan;

import java.util.HashMap;
import java.util.Map;
import uk.gov.childprotection.cases.SiblingTasks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.FormTaskListener;
import uk.gov.childprotection.common.FormValues;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.documents.DocumentLinks;
import uk.gov.childprotection.documents.DocumentSubject;
import uk.gov.childprotection.documents.DocumentType;
import uk.gov.childprotection.security.Staff;

/**
 * Task "Hold core group meeting" (form record-core-group-meeting). The form opens with the plan's actions as
 * they stand, and, for the first meeting, the conference's outline plan; for later ones, a link to the minutes
 * of the last meeting. On completion the meeting's id is kept as {@code meetingId} for its minutes.
 */
@Component("recordCoreGroupMeeting")
class RecordCoreGroupMeetingTask extends FormTaskListener {

    private final PlanInForceService planInForce;
    private final ConferenceService conferences;
    private final Staff staff;
    private final DocumentLinks links;
    private final SiblingTasks siblings;
    static final String SAME_FOR_SIBLINGS = "sameMeetingForSiblings";

    RecordCoreGroupMeetingTask(PlanInForceService planInForce, ConferenceService conferences, Staff staff,
            DocumentLinks links, SiblingTasks siblings) {
        this.siblings = siblings;
        this.planInForce = planInForce;
        this.conferences = conferences;
        this.staff = staff;
        this.links = links;
    }

    /** The form has eight action slots; the plan's open actions fill them first, then those done. */
    static final int ACTION_SLOTS = 8;
    private static final List<String> ACTION_FIELDS =
            List.of("Id", "What", "Who", "ByWhen", "SuccessMeasure", "Progress");

    @Override
    protected void prefill(DelegateTask task) {
        Long planId = planId(task);
        boolean first = !planInForce.hasMeetings(planId);
        task.setVariableLocal("firstMeeting", first);
        ChildProtectionPlan plan = planInForce.plan(planId);
        task.setVariableLocal("outlinePlan", conferences.get(plan.getConferenceId()).getOutlinePlan());
        List<CoreGroupMeeting> held = planInForce.meetings(planId);
        CoreGroupMeeting last = held.isEmpty() ? null : held.get(held.size() - 1);
        task.setVariableLocal("lastMinutesLink", last == null ? ""
                : links.markdown(DocumentType.CORE_GROUP_MINUTES,
                        DocumentSubject.ofMeeting(plan.getCaseId(), planId, last.getId()),
                        "Minutes of the last core group meeting, " + DeadlineService.longDate(last.getMeetingDate())));
        // The first meeting turns the conference's outline plan into the SMART plan: it links to that record.
        task.setVariableLocal("conferenceRecordLink", last != null ? ""
                : links.markdown(DocumentType.CONFERENCE_RECORD,
                        DocumentSubject.ofConference(plan.getCaseId(), plan.getConferenceId()),
                        "Record and outline plan of the conference"));
        List<PlanAction> actions = new ArrayList<>(planInForce.actions(planId));
        actions.sort(Comparator.comparing((PlanAction a) -> a.getProgress() == ActionProgress.DONE)
                .thenComparing(PlanAction::getId));
        for (int n = 1; n <= Math.min(ACTION_SLOTS, actions.size()); n++) {
            PlanAction action = actions.get(n - 1);
            String slot = "action" + n;
            task.setVariableLocal(slot + "Id", String.valueOf(action.getId()));
            task.setVariableLocal(slot + "What", action.getWhat());
            task.setVariableLocal(slot + "Who", action.getWho());
            task.setVariableLocal(slot + "ByWhen", action.getByWhen().toString());
            task.setVariableLocal(slot + "SuccessMeasure", action.getSuccessMeasure());
            task.setVariableLocal(slot + "Progress", action.getProgress().name());
        }
    }

    @Override
    protected void complete(DelegateTask task, FormValues form) {
        List<SmartAction> actions = new ArrayList<>();
        for (int n = 1; n <= ACTION_SLOTS; n++) {
            String slot = "action" + n;
            if (form.text(slot + "What") == null && form.text(slot + "Who") == null
                    && form.text(slot + "Id") == null) {
                continue; // an unused slot
            }
            Integer id = form.integer(slot + "Id");
            actions.add(new SmartAction(slot, id == null ? null : id.longValue(),
                    form.requiredText(slot + "What", "What will be done"),
                    form.requiredText(slot + "Who", "Who will do it"),
                    form.requiredDate(slot + "ByWhen", "By when"),
                    form.requiredText(slot + "SuccessMeasure", "How everyone will know it worked"),
                    form.requiredChoice(slot + "Progress", ActionProgress.class, "The progress")));
        }
        PlanInForceService.Meeting meeting = new PlanInForceService.Meeting(
                form.requiredDate("meetingDate", "The date of the meeting"),
                form.requiredText("attendees", "Who attended"), form.text("notes"), actions);
        // The service adds its own checks to the same list and refuses once, with everything to correct.
        CoreGroupMeeting recorded =
                planInForce.recordCoreGroupMeeting(planId(task), meeting, form.problems(), staff.currentUser());
        task.getExecution().setVariable("meetingId", recorded.getId());
        if (form.flag(SAME_FOR_SIBLINGS)) {
            // One core group serves the brothers and sisters on plans: the same meeting on each child's plan,
            // each child's SMART actions as their own task holds them.
            Map<String, Object> same = new HashMap<>();
            for (String field : List.of("meetingDate", "attendees", "notes")) {
                Object value = task.getVariable(field);
                if (value != null) {
                    same.put(field, value);
                }
            }
            same.put(SAME_FOR_SIBLINGS, false);
            siblings.completeAlike(task, same, SAME_FOR_SIBLINGS, "core group meeting");
        }
    }

    @Override
    protected List<String> submittedFields() {
        List<String> fields = new ArrayList<>(List.of("meetingDate", "attendees", "notes", SAME_FOR_SIBLINGS));
        for (int n = 1; n <= ACTION_SLOTS; n++) {
            for (String field : ACTION_FIELDS) {
                fields.add("action" + n + field);
            }
        }
        return fields;
    }
}
