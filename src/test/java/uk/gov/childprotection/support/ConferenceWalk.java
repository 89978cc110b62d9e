package uk.gov.childprotection.support;

import static uk.gov.childprotection.demo.Submissions.agencyReports;
import static uk.gov.childprotection.demo.Submissions.booking;
import static uk.gov.childprotection.demo.Submissions.chairContact;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;
import static uk.gov.childprotection.demo.Submissions.invitations;
import static uk.gov.childprotection.demo.Submissions.reportShared;
import static uk.gov.childprotection.demo.Submissions.section47Findings;
import static uk.gov.childprotection.demo.Submissions.strategyDiscussion;
import static uk.gov.childprotection.demo.Submissions.authorisation;

import java.time.LocalDate;

/** The usual steps of a case, for tests whose subject is a later step. */
public final class ConferenceWalk {

    private ConferenceWalk() {
    }

    /** Strategy discussion on {@code day} deciding on an enquiry, findings to convene an ICPC, authorised. */
    public static void toInitialConference(ProcessTestSupport test, String ref, LocalDate day) {
        test.complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordStrategyDiscussion", strategyDiscussion(day, "SECTION_47"));
        test.complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordSection47Findings",
                section47Findings(day, day, "CONVENE_ICPC"));
        // The case's own team manager authorises: only the person a task is assigned to completes it.
        String manager = test.task(ref, "Task_AuthoriseSection47Outcome").getAssignee();
        test.complete(manager == null ? TestStaff.TEAM_MANAGER : manager, ref, "Task_AuthoriseSection47Outcome",
                authorisation("AUTHORISED", null));
    }

    /**
     * From the strategy discussion on {@code day} to an initial conference on {@code conferenceDay} that makes a
     * plan (neglect; the test social worker leads it; first review by {@code reviewDate}); the clock is left on
     * the conference day.
     */
    public static void toPlan(ProcessTestSupport test, String ref, LocalDate day, LocalDate conferenceDay,
            LocalDate reviewDate) {
        toInitialConference(test, ref, day);
        bookAndPrepare(test, ref, conferenceDay);
        ProcessTestSupport.setToday(conferenceDay);
        test.complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(conferenceDay,
                "CHILD_PROTECTION_PLAN", TestStaff.SOCIAL_WORKER, reviewDate, "NEGLECT"));
    }

    /** Books the conference on {@code date}, invites, and does all the preparation (clock left on the booking day). */
    public static void bookAndPrepare(ProcessTestSupport test, String ref, LocalDate date) {
        test.complete(TestStaff.ADMINISTRATOR, ref, "Task_BookConference", booking(date, TestStaff.CHAIR));
        prepare(test, ref);
    }

    /** Invites and does all the preparation for a conference already booked. */
    public static void prepare(ProcessTestSupport test, String ref) {
        test.complete(TestStaff.ADMINISTRATOR, ref, "Task_InviteParticipants", invitations("POLICE", "SCHOOL", "GP"));
        test.complete(TestStaff.SOCIAL_WORKER, ref, "Task_ShareSocialWorkerReport", reportShared(ProcessTestSupport.today()));
        test.complete(TestStaff.CHAIR, ref, "Task_ContactParents", chairContact(ProcessTestSupport.today()));
        test.complete(TestStaff.ADMINISTRATOR, ref, "Task_RecordAgencyReports", agencyReports("POLICE", "SCHOOL"));
    }
}
