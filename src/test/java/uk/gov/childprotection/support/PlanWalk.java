package uk.gov.childprotection.support;

import static uk.gov.childprotection.demo.Submissions.agencyReports;
import static uk.gov.childprotection.demo.Submissions.booking;
import static uk.gov.childprotection.demo.Submissions.chairContact;
import static uk.gov.childprotection.demo.Submissions.invitations;
import static uk.gov.childprotection.demo.Submissions.reportShared;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The forms of a plan in force, for tests whose subject is what the plan's documents say. */
public final class PlanWalk {

    private PlanWalk() {
    }

    /** One action of the core group form: {@code id} null for a new action. */
    public record Action(Long id, String what, String who, LocalDate byWhen, String successMeasure, String progress) {
    }

    /** The "Hold core group meeting" form with the actions in its slots (action1..., action2...). */
    public static Map<String, Object> meeting(LocalDate date, String attendees, String notes, Action... actions) {
        Map<String, Object> form = new HashMap<>();
        form.put("meetingDate", date.toString());
        form.put("attendees", attendees);
        form.put("notes", notes);
        for (int i = 0; i < actions.length; i++) {
            String slot = "action" + (i + 1);
            Action action = actions[i];
            form.put(slot + "Id", action.id() == null ? "" : String.valueOf(action.id()));
            form.put(slot + "What", action.what());
            form.put(slot + "Who", action.who());
            form.put(slot + "ByWhen", action.byWhen().toString());
            form.put(slot + "SuccessMeasure", action.successMeasure());
            form.put(slot + "Progress", action.progress());
        }
        return form;
    }

    /** The "Record statutory visit" form. */
    public static Map<String, Object> visit(LocalDate date, boolean seen, boolean alone, String concerns,
            String reasonNotSeen) {
        Map<String, Object> form = new HashMap<>();
        form.put("visitDate", date.toString());
        form.put("childSeen", seen);
        form.put("childSeenAlone", alone);
        form.put("homeSeen", true);
        form.put("concerns", concerns);
        if (reasonNotSeen != null) {
            form.put("reasonNotSeen", reasonNotSeen);
        }
        return form;
    }

    /**
     * Books the conference on {@code date} and prepares it like {@link ConferenceWalk#bookAndPrepare}, but the
     * first parent (Alex Example) asks for large print.
     */
    public static void bookAndPrepareWithLargePrint(ProcessTestSupport test, String ref, LocalDate date) {
        test.complete(TestStaff.ADMINISTRATOR, ref, "Task_BookConference", booking(date, TestStaff.CHAIR));
        Map<String, Object> invited = invitations("POLICE", "SCHOOL", "GP");
        invited.put("parent1LargePrint", true);
        test.complete(TestStaff.ADMINISTRATOR, ref, "Task_InviteParticipants", invited);
        test.complete(TestStaff.SOCIAL_WORKER, ref, "Task_ShareSocialWorkerReport", reportShared(ProcessTestSupport.today()));
        test.complete(TestStaff.CHAIR, ref, "Task_ContactParents", chairContact(ProcessTestSupport.today()));
        test.complete(TestStaff.ADMINISTRATOR, ref, "Task_RecordAgencyReports", agencyReports("POLICE", "SCHOOL"));
    }
}
