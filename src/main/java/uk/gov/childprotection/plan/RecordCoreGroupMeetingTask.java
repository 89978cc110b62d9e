package uk.gov.childprotection.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.FormTaskListener;
import uk.gov.childprotection.common.FormValues;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.security.Staff;

/**
 * Task "Hold core group meeting" (form record-core-group-meeting). The form opens with the plan's actions as
 * they stand, and, for the first meeting, the conference's outline plan.
 */
@Component("recordCoreGroupMeeting")
class RecordCoreGroupMeetingTask extends FormTaskListener {

    private final PlanInForceService planInForce;
    private final ConferenceService conferences;
    private final Staff staff;

    RecordCoreGroupMeetingTask(PlanInForceService planInForce, ConferenceService conferences, Staff staff) {
        this.planInForce = planInForce;
        this.conferences = conferences;
        this.staff = staff;
    }

    private static Long planId(DelegateTask task) {
        return ((Number) task.getVariable("planId")).longValue();
    }

    @Override
    protected void prefill(DelegateTask task) {
        Long planId = planId(task);
        boolean first = !planInForce.hasMeetings(planId);
        task.setVariableLocal("firstMeeting", first);
        task.setVariableLocal("outlinePlan",
                conferences.get(planInForce.plan(planId).getConferenceId()).getOutlinePlan());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PlanAction action : planInForce.actions(planId)) {
            Map<String, Object> row = new HashMap<>();
            row.put("actionId", String.valueOf(action.getId()));
            row.put("what", action.getWhat());
            row.put("who", action.getWho());
            row.put("byWhen", action.getByWhen().toString());
            row.put("successMeasure", action.getSuccessMeasure());
            row.put("progress", action.getProgress().name());
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            task.setVariableLocal("actions", SpinValues.jsonValue(Spin.JSON(rows)).create());
        }
    }

    @Override
    protected void complete(DelegateTask task, FormValues form) {
        List<SmartAction> actions = new ArrayList<>();
        for (FormValues row : form.rows("actions")) {
            if (row.text("what") == null && row.text("who") == null && row.text("actionId") == null) {
                continue; // an empty row left in the list
            }
            actions.add(new SmartAction(row.text("actionId") == null ? null : row.integer("actionId").longValue(),
                    row.requiredText("what", "What will be done"),
                    row.requiredText("who", "Who will do it"),
                    row.requiredDate("byWhen", "By when"),
                    row.requiredText("successMeasure", "How everyone will know it worked"),
                    row.requiredChoice("progress", ActionProgress.class, "The progress")));
        }
        PlanInForceService.Meeting meeting = new PlanInForceService.Meeting(
                form.requiredDate("meetingDate", "The date of the meeting"),
                form.requiredText("attendees", "Who attended"), form.text("notes"), actions);
        // The service adds its own checks to the same list and refuses once, with everything to correct.
        planInForce.recordCoreGroupMeeting(planId(task), meeting, form.problems(), staff.currentUser());
    }

    @Override
    protected List<String> submittedFields() {
        return List.of("meetingDate", "attendees", "actions", "notes");
    }
}
