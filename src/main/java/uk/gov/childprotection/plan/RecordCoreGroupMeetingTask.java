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

    /**
     * Older clients name the actions in eight numbered slots (action1What...); the form has a row per action, as
     * many as there are. The plan's open actions come first, then those done.
     */
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
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PlanAction action : actions) {
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("actionId", String.valueOf(action.getId()));
            row.put("what", action.getWhat());
            row.put("who", action.getWho());
            row.putAll(uk.gov.childprotection.common.DayMonthYear.boxes("byWhen", action.getByWhen()));
            row.put("successMeasure", action.getSuccessMeasure());
            row.put("progress", action.getProgress().name());
            rows.add(row);
        }
        task.setVariableLocal("actions", org.camunda.spin.plugin.variable.SpinValues
                .jsonValue(org.camunda.spin.Spin.JSON(rows)).create());
    }

    /** The actions as the form's rows give them: every row, no limit; an empty row added by mistake is skipped. */
    private static List<SmartAction> rows(FormValues form) {
        List<SmartAction> actions = new ArrayList<>();
        List<FormValues> rows = form.rows("actions");
        for (int i = 0; i < rows.size(); i++) {
            FormValues row = rows.get(i);
            if (row.text("what") == null && row.text("who") == null && row.text("actionId") == null
                    && row.text("successMeasure") == null && !row.hasDate("byWhen")) {
                continue;
            }
            Integer id = row.integer("actionId");
            actions.add(new SmartAction("actions[" + i + "].", id == null ? null : id.longValue(),
                    row.requiredText("what", "What will be done"),
                    row.requiredText("who", "Who will do it"),
                    row.requiredDate("byWhen", "By when"),
                    row.requiredText("successMeasure", "How everyone will know it worked"),
                    row.requiredChoice("progress", ActionProgress.class, "The progress")));
        }
        return actions;
    }

    private static boolean numberedSlots(FormValues form) {
        for (int n = 1; n <= ACTION_SLOTS; n++) {
            for (String field : ACTION_FIELDS) {
                if (form.has("action" + n + field)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    protected void complete(DelegateTask task, FormValues form) {
        List<SmartAction> actions = numberedSlots(form) ? new ArrayList<>() : rows(form);
        for (int n = 1; numberedSlots(form) && n <= ACTION_SLOTS; n++) {
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
            Map<String, Object> same = submittedValues(task, List.of("meetingDate", "attendees", "notes"));
            same.put(SAME_FOR_SIBLINGS, false);
            siblings.completeAlike(task, same, SAME_FOR_SIBLINGS, "core group meeting");
        }
    }

    @Override
    protected List<String> submittedFields() {
        List<String> fields = new ArrayList<>(List.of("meetingDate", "attendees", "notes", SAME_FOR_SIBLINGS,
                "actions"));
        for (int n = 1; n <= ACTION_SLOTS; n++) {
            for (String field : ACTION_FIELDS) {
                fields.add("action" + n + field);
            }
        }
        return fields;
    }
}
