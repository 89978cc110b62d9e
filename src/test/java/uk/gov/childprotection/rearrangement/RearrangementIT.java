package uk.gov.childprotection.rearrangement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.childprotection.demo.Submissions.agencyReports;
import static uk.gov.childprotection.demo.Submissions.booking;
import static uk.gov.childprotection.demo.Submissions.chairContact;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;
import static uk.gov.childprotection.demo.Submissions.invitations;
import static uk.gov.childprotection.demo.Submissions.reportShared;
import static uk.gov.childprotection.support.TestStaff.signedIn;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.DeadlineKind;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.documents.Document;
import uk.gov.childprotection.documents.DocumentService;
import uk.gov.childprotection.documents.DocumentType;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.Pdfs;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * Rearranging a booked conference (seed 002): a reason and who asked, the new booking under the booking's rules,
 * new invitations saying so, the waiting tasks and the report's timer following the new day, another Chair taking
 * the Chair's tasks, the effect on the statutory date shown; an initial conference rearranged past its date is
 * escalated to the team manager like any late one.
 */
@AutoConfigureMockMvc
class RearrangementIT extends ProcessTestSupport {

    /** Strategy discussion Monday 7 December 2026: the ICPC is due by Wednesday 30 December (Christmas skipped). */
    private static final LocalDate DUE = LocalDate.of(2026, 12, 30);
    private static final LocalDate BOOKED = LocalDate.of(2026, 12, 23);

    @Autowired ChildCaseService cases;
    @Autowired ConferenceService conferences;
    @Autowired DeadlineService deadlines;
    @Autowired DocumentService documents;
    @Autowired MockMvc mvc;

    private static int children;

    /** A case whose initial conference is booked for Wednesday 23 December and the invitations are written. */
    private String invitedCase() {
        setToday(STRATEGY_DAY);
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Rae", "Moved",
                LocalDate.of(2016, 6, 6).plusDays(children++), Gender.FEMALE, null, "English"), STRATEGY_DAY,
                ReferralSource.POLICE, "Concerns", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null))
                .getReference();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        complete(TestStaff.ADMINISTRATOR, ref, "Task_BookConference", booking(BOOKED, TestStaff.CHAIR));
        complete(TestStaff.ADMINISTRATOR, ref, "Task_InviteParticipants", invitations("POLICE", "SCHOOL", "GP"));
        return ref;
    }

    private Long conferenceOf(String ref) {
        return conferences.ofCase(cases.get(ref).getId()).get(0).getId();
    }

    private String path(String ref) {
        return "/api/cases/" + ref + "/conferences/" + conferenceOf(ref) + "/rearrangements";
    }

    private static String body(String date, String chair, String reason, String askedBy) {
        return "{\"conferenceDate\": \"" + date + "\", \"conferenceTime\": \"10:00\", \"venue\": \"Room 3, Civic Centre\""
                + (chair == null ? "" : ", \"chair\": \"" + chair + "\"")
                + (reason == null ? "" : ", \"reason\": \"" + reason + "\"")
                + (askedBy == null ? "" : ", \"askedBy\": \"" + askedBy + "\"") + "}";
    }

    private ProcessInstance lifecycle(String ref) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey("child-protection-case").singleResult();
    }

    @Test
    void aConferenceRearrangedPastItsDateIsShownLateFollowedByItsTasksAndEscalated() throws Exception {
        String ref = invitedCase();
        setToday(LocalDate.of(2026, 12, 14));
        // Monday 4 January 2027: New Year's Day skipped, 2 working days after Wednesday 30 December.
        mvc.perform(signedIn(TestStaff.ADMINISTRATOR, post(path(ref)).contentType(MediaType.APPLICATION_JSON)
                        .content(body("2027-01-04", TestStaff.MANAGER_AND_CHAIR,
                                "The mother is in hospital on the booked day.", "PARENT"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.previousDate").value("2026-12-23"))
                .andExpect(jsonPath("$.newDate").value("2027-01-04"))
                .andExpect(jsonPath("$.statutoryDate").value("2026-12-30"))
                .andExpect(jsonPath("$.workingDaysLate").value(2))
                .andExpect(jsonPath("$.effect").value(Matchers.containsString(
                        "2 working days after its statutory date (Wednesday 30 December 2026)")));

        var conference = conferences.get(conferenceOf(ref));
        assertThat(conference.getScheduledDate()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(conference.getChair()).isEqualTo(TestStaff.MANAGER_AND_CHAIR);
        assertThat(conference.getDueDate()).as("the statutory date never moves").isEqualTo(DUE);
        // The report reaches the parents 3 working days before the new day: Tuesday 29 December.
        assertThat(deadlines.latest(cases.get(ref), DeadlineKind.SOCIAL_WORKER_REPORT_TO_PARENTS).getDueDate())
                .isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(task(ref, "Task_ShareSocialWorkerReport").getDueDate())
                .isEqualTo(Today.endOfWorkingDay(LocalDate.of(2026, 12, 29)));
        var reportTimer = management.createJobQuery().activityId("Timer_ReportOverdue").timers()
                .processInstanceId(task(ref, "Task_ShareSocialWorkerReport").getProcessInstanceId()).singleResult();
        assertThat(reportTimer.getDuedate()).isEqualTo(Today.startOf(LocalDate.of(2026, 12, 30)));
        var contact = task(ref, "Task_ContactParents");
        assertThat(contact.getAssignee()).as("the new Chair").isEqualTo(TestStaff.MANAGER_AND_CHAIR);
        assertThat(contact.getDueDate()).isEqualTo(Today.endOfWorkingDay(LocalDate.of(2026, 12, 31)));
        assertThat(tasks.createTaskQuery().taskId(contact.getId()).taskAssignee(TestStaff.CHAIR).count()).isZero();

        List<Document> family = documents.ofCase(cases.get(ref).getId()).stream()
                .filter(d -> d.getDocumentType() == DocumentType.INVITATION_FAMILY && !d.isLargePrint()).toList();
        assertThat(family).extracting(Document::getVersion).contains(1, 2);
        Document newer = family.stream().filter(d -> d.getVersion() == 2).findFirst().orElseThrow();
        assertThat(Pdfs.text(newer.getContent())).contains("This conference has been rearranged",
                "Wednesday 23 December 2026", "Monday 4 January 2027", "Mo Both")
                .doesNotContain("in hospital");
        assertThat(documents.ofCase(cases.get(ref).getId()).stream()
                .filter(d -> d.getDocumentType() == DocumentType.REPORT_REQUEST)
                .map(d -> d.getVersion() + " " + d.getCreatedByTask()).toList())
                .as("the agencies asked again, for the new day").containsOnly("1 Task_RequestAgencyReports",
                        "2 Rearrange conference");

        complete(TestStaff.SOCIAL_WORKER, ref, "Task_ShareSocialWorkerReport", reportShared(today()));
        complete(TestStaff.MANAGER_AND_CHAIR, ref, "Task_ContactParents", chairContact(today()));
        complete(TestStaff.ADMINISTRATOR, ref, "Task_RecordAgencyReports", agencyReports("POLICE", "SCHOOL"));
        assertThat(task(ref, "Task_HoldConference").getAssignee()).isEqualTo(TestStaff.MANAGER_AND_CHAIR);
        assertThat(task(ref, "Task_HoldConference").getDueDate())
                .isEqualTo(Today.endOfWorkingDay(LocalDate.of(2027, 1, 4)));

        // Past the statutory date and not yet held: escalated like any late initial conference.
        setToday(DUE);
        assertThat(fireDueTimers(ref)).isZero();
        setToday(DUE.plusDays(1));
        assertThat(fireDueTimers(ref)).isEqualTo(1);
        assertThat(lifecycle(ref)).isWaitingAt("CallActivity_InitialConference", "Task_RecordConferenceDelay");
        assertThat(task(ref, "Task_RecordConferenceDelay").getAssignee()).isEqualTo(TestStaff.TEAM_MANAGER);

        mvc.perform(get("/cases/" + ref).session(TestStaff.webappSession(TestStaff.SOCIAL_WORKER)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Conference rearranged from Wednesday 23 December "
                        + "2026 to Monday 4 January 2027, 2 working days after its statutory date: The mother is in "
                        + "hospital on the booked day.")));

        setToday(LocalDate.of(2027, 1, 4));
        complete(TestStaff.MANAGER_AND_CHAIR, ref, "Task_HoldConference", conferenceRecord(LocalDate.of(2027, 1, 4),
                "CHILD_PROTECTION_PLAN", TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 4, 2), "NEGLECT"));
        mvc.perform(signedIn(TestStaff.ADMINISTRATOR, post(path(ref)).contentType(MediaType.APPLICATION_JSON)
                        .content(body("2027-01-11", null, "Too late.", "CHAIR"))))
                .andExpect(status().isConflict());
        mvc.perform(signedIn(TestStaff.TEAM_MANAGER, get(path(ref))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].askedBy").value("PARENT"));
    }

    @Test
    void aRearrangementInTimeKeepsAReportAlreadySharedAndBadOnesAreRefusedInWords() throws Exception {
        String ref = invitedCase();
        setToday(LocalDate.of(2026, 12, 14));
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_ShareSocialWorkerReport", reportShared(today()));
        String path = path(ref);
        mvc.perform(signedIn(TestStaff.ADMINISTRATOR, post(path).contentType(MediaType.APPLICATION_JSON)
                        .content(body("2026-12-11", null, "Earlier.", "CHAIR"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.conferenceDate").value("must not be in the past"));
        mvc.perform(signedIn(TestStaff.ADMINISTRATOR, post(path).contentType(MediaType.APPLICATION_JSON)
                        .content(body("2026-12-19", null, "A Saturday.", "CHAIR"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.conferenceDate").value(Matchers.containsString("is not a working day")));
        mvc.perform(signedIn(TestStaff.ADMINISTRATOR, post(path).contentType(MediaType.APPLICATION_JSON)
                        .content(body("2026-12-23", null, "The same day.", "CHAIR"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.conferenceDate").value(Matchers.containsString("already booked for")));
        mvc.perform(signedIn(TestStaff.ADMINISTRATOR, post(path).contentType(MediaType.APPLICATION_JSON)
                        .content(body("2026-12-22", null, null, null))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.reason").exists())
                .andExpect(jsonPath("$.errors.askedBy").exists());
        mvc.perform(signedIn(TestStaff.ADMINISTRATOR, post(path).contentType(MediaType.APPLICATION_JSON)
                        .content(body("2026-12-22", TestStaff.SOCIAL_WORKER, "Another Chair.", "CHAIR"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.chair").value(Matchers.containsString("is not a Child Protection Chair")));
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, post(path).contentType(MediaType.APPLICATION_JSON)
                        .content(body("2026-12-22", null, "Not theirs to book.", "SOCIAL_WORKER"))))
                .andExpect(status().isForbidden());
        mvc.perform(signedIn(TestStaff.ADMINISTRATOR, post("/api/cases/" + ref + "/conferences/999999/rearrangements")
                        .contentType(MediaType.APPLICATION_JSON).content(body("2026-12-22", null, "No such.", "CHAIR"))))
                .andExpect(status().isNotFound());
        assertThat(conferences.get(conferenceOf(ref)).getScheduledDate()).as("nothing changed").isEqualTo(BOOKED);

        // Tuesday 22 December, still in time; the report already with the parents stays met.
        mvc.perform(signedIn(TestStaff.ADMINISTRATOR, post(path).contentType(MediaType.APPLICATION_JSON)
                        .content(body("2026-12-22", null, "The Chair is ill on the 23rd.", "CHAIR"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.workingDaysLate").value(0))
                .andExpect(jsonPath("$.effect").value(Matchers.containsString("still within its statutory date")));
        var report = deadlines.latest(cases.get(ref), DeadlineKind.SOCIAL_WORKER_REPORT_TO_PARENTS);
        assertThat(report.isOpen()).isFalse();
        assertThat(report.getMetDate()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(task(ref, "Task_ContactParents").getAssignee()).as("the same Chair").isEqualTo(TestStaff.CHAIR);
        assertThat(task(ref, "Task_ContactParents").getDueDate())
                .isEqualTo(Today.endOfWorkingDay(LocalDate.of(2026, 12, 21)));
    }
}
