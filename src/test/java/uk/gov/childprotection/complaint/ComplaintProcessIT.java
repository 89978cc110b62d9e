package uk.gov.childprotection.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;
import static uk.gov.childprotection.support.TestStaff.signedIn;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.conference.Agency;
import uk.gov.childprotection.conference.AgencyDirectory;
import uk.gov.childprotection.conference.ConferenceDecision;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.documents.Document;
import uk.gov.childprotection.documents.DocumentService;
import uk.gov.childprotection.documents.DocumentType;
import uk.gov.childprotection.notification.Delivery;
import uk.gov.childprotection.notification.Sending;
import uk.gov.childprotection.notification.SendingService;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.CoverageOf;
import uk.gov.childprotection.support.Pdfs;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * Every path of parent-complaint (seed 003): the social worker's talk, the Chair's informal meeting, the formal
 * complaint within 28 days of the conference (or late, and recorded so), the multi-agency panel and its
 * recommendation, a complaint about one agency pointed to that agency, a letter to the parent at each step, and
 * the decision standing throughout.
 */
@AutoConfigureMockMvc
class ComplaintProcessIT extends ProcessTestSupport {

    @TestConfiguration
    static class Coverage {
        @Bean
        @Primary
        ProcessEngineCoverageProperties coverage() {
            return CoverageOf.process(ComplaintService.PROCESS);
        }
    }

    /** Monday 21 December 2026: the complaint window of 28 days runs to Monday 18 January 2027. */
    private static final LocalDate CONFERENCE_DAY = LocalDate.of(2026, 12, 21);

    @Autowired ChildCaseService cases;
    @Autowired ConferenceService conferences;
    @Autowired DocumentService documents;
    @Autowired SendingService sendings;
    @Autowired ComplaintService complaints;
    @Autowired AgencyDirectory agencies;
    @Autowired MockMvc mvc;

    private static int children;

    private String caseWithAPlan() {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Ria", "Complain",
                LocalDate.of(2015, 2, 2).plusDays(children++), Gender.FEMALE, null, "English"), STRATEGY_DAY,
                ReferralSource.POLICE, "Concerns", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null))
                .getReference();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        ConferenceWalk.bookAndPrepare(this, ref, CONFERENCE_DAY);
        setToday(CONFERENCE_DAY);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(CONFERENCE_DAY, "CHILD_PROTECTION_PLAN",
                TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 3, 19), "NEGLECT"));
        postCopies(ref);
        return ref;
    }

    private ProcessInstance complaint(String ref) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey(ComplaintService.PROCESS).singleResult();
    }

    private Document letter(String ref, DocumentType type) {
        List<Document> found = documents.ofCase(cases.get(ref).getId()).stream()
                .filter(d -> d.getDocumentType() == type).toList();
        assertThat(found).as(type + " written once").hasSize(1);
        return found.get(0);
    }

    private static String raised(String parent, String on, String concern, String beganAs) {
        return "{\"parentName\": \"" + parent + "\", \"raisedOn\": \"" + on + "\", \"concern\": \"" + concern + "\""
                + (beganAs == null ? "" : ", \"beganAs\": \"" + beganAs + "\"") + "}";
    }

    private void raise(String user, String ref, String body) throws Exception {
        mvc.perform(signedIn(user, post("/api/cases/" + ref + "/complaints").contentType(MediaType.APPLICATION_JSON)
                .content(body))).andExpect(status().isCreated());
    }

    private static Map<String, Object> form(Object... pairs) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], pairs[i + 1]);
        }
        return values;
    }

    private static Map<String, Object> panel(String on, String recommendation) {
        return form("panelDate", on, "panelHealth", "Dr Amir Shah, designated doctor",
                "panelPolice", "DI Jo Reed, public protection unit", "panelEducation", "Kim Lowe, education safeguarding lead",
                "panelSocialCare", "Pat Moss, head of service", "panelFindings",
                "The conference heard every report; the threshold for a plan was discussed with the family present.",
                "panelRecommendation", recommendation);
    }

    /** The one copy of the newest sending of the case: to the parent, by email (no SMTP host: logged). */
    private Delivery lastCopy(String ref) {
        List<Sending> all = sendings.ofCase(cases.get(ref).getId());
        Sending last = all.get(all.size() - 1);
        assertThat(last.getPurpose()).isEqualTo(Sending.Purpose.COMPLAINT);
        return assertThat(sendings.deliveries(last.getId())).singleElement().actual();
    }

    @Test
    void aDisagreementGoesFromTheSocialWorkerToTheChairToThePanelWithALetterAtEachStepAndTheDecisionStands()
            throws Exception {
        String ref = caseWithAPlan();
        Long conferenceId = conferences.findLatestDecided(cases.get(ref).getId()).orElseThrow().getId();
        setToday(LocalDate.of(2026, 12, 23));
        raise(TestStaff.SOCIAL_WORKER, ref, raised("Alex Example", "2026-12-23",
                "The plan is unfair: the cold house was a broken boiler, now mended.", null));

        ProcessInstance complaint = complaint(ref);
        assertThat(complaint).isWaitingAt("Task_TalkWithParent");
        var talk = task(ref, "Task_TalkWithParent");
        assertThat(talk.getAssignee()).as("the case's social worker").isEqualTo(TestStaff.SOCIAL_WORKER);
        // 5 working days from Wednesday 23 December: Christmas, the Boxing Day substitute day and the weekend skipped.
        assertThat(talk.getDueDate()).isEqualTo(Today.endOfWorkingDay(LocalDate.of(2027, 1, 4)));
        assertThat(tasks.getVariable(talk.getId(), "complaintSummary").toString())
                .contains("Alex Example", "broken boiler", "Monday 21 December 2026", "The decision stands");
        assertThat(runtime.getVariables(complaint.getId())).containsKeys("complaintId", "conferenceId")
                .doesNotContainKeys("concern", "parentName");

        setToday(LocalDate.of(2026, 12, 24));
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_TalkWithParent", form("conversationDate", "2026-12-24",
                "conversationNotes", "I explained the conference was worried about more than the heating.",
                "conversationOutcome", "STILL_UNHAPPY"));
        Document first = letter(ref, DocumentType.COMPLAINT_CONVERSATION_LETTER);
        Pdfs.assertAccessible(first.getContent(), DocumentType.COMPLAINT_CONVERSATION_LETTER.title());
        assertThat(Pdfs.text(first.getContent())).contains("Dear Alex Example", "Wednesday 23 December 2026",
                "Thursday 24 December 2026", "worried about more than the heating", "informal meeting",
                "Chris Chair", "Sam Worker, social worker");
        assertThat(lastCopy(ref)).satisfies(d -> {
            assertThat(d.getRecipientName()).isEqualTo("Alex Example");
            assertThat(d.getDocumentIds()).containsExactly(first.getId());
        });

        var meeting = task(ref, "Task_HoldInformalMeeting");
        assertThat(meeting.getAssignee()).as("the Chair of the conference").isEqualTo(TestStaff.CHAIR);
        setToday(LocalDate.of(2027, 1, 6));
        complete(TestStaff.CHAIR, ref, "Task_HoldInformalMeeting", form("meetingDate", "2027-01-06",
                "meetingNotes", "We went through the danger statements together.", "meetingOutcome", "FORMAL_COMPLAINT"));
        assertThat(Pdfs.text(letter(ref, DocumentType.COMPLAINT_MEETING_LETTER).getContent())).contains(
                "Wednesday 6 January 2027", "danger statements", "by Monday 18 January 2027",
                "Only a conference can decide");

        setToday(LocalDate.of(2027, 1, 8));
        complete(TestStaff.CHAIR, ref, "Task_RecordFormalComplaint", form("complaintReceivedDate", "2027-01-08",
                "complaintMadeTo", "UNIT_MANAGER", "complaintAbout", "CONFERENCE",
                "complaintText", "The conference did not hear that the boiler was mended."));
        String received = Pdfs.text(letter(ref, DocumentType.COMPLAINT_RECEIVED_LETTER).getContent());
        assertThat(received).contains("Friday 8 January 2027", "boiler was mended", "within 20 working days",
                "cannot change the decision").doesNotContain("came after that date");

        var panelTask = task(ref, "Task_RecordComplaintPanel");
        assertThat(panelTask.getAssignee()).as("the conference team's task").isNull();
        assertThat(panelTask.getDueDate()).isEqualTo(Today.endOfWorkingDay(LocalDate.of(2027, 2, 5)));
        setToday(LocalDate.of(2027, 1, 28));
        complete(TestStaff.ADMINISTRATOR, ref, "Task_RecordComplaintPanel", panel("2027-01-27", "RECONSIDER"));
        assertThat(complaint).isWaitingAt("Task_ArrangeReconsideration");
        // The panel recommends: the decision and the plan stand.
        assertThat(conferences.get(conferenceId).getDecision()).isEqualTo(ConferenceDecision.CHILD_PROTECTION_PLAN);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey("child-protection-plan").count()).isEqualTo(1);

        complete(TestStaff.CHAIR, ref, "Task_ArrangeReconsideration", form("reconsiderDate", "2027-02-15",
                "reconsiderArrangement", "A review conference brought forward, with the boiler engineer's report."));
        String panelLetter = Pdfs.text(letter(ref, DocumentType.COMPLAINT_PANEL_LETTER).getContent());
        assertThat(panelLetter).contains("Wednesday 27 January 2027", "every report",
                "think again about its decision", "Monday 15 February 2027", "boiler engineer",
                "stays in place");
        assertThat(complaint).hasPassed("Task_TalkWithParent", "Task_HoldInformalMeeting",
                "Task_RecordFormalComplaint", "Task_RecordComplaintPanel", "Task_ArrangeReconsideration",
                "EndEvent_ComplaintAnswered").isEnded();
        assertThat(conferences.get(conferenceId).getDecision()).isEqualTo(ConferenceDecision.CHILD_PROTECTION_PLAN);

        mvc.perform(signedIn(TestStaff.TEAM_MANAGER, get("/api/cases/" + ref + "/complaints")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].parentName").value("Alex Example"))
                .andExpect(jsonPath("$[0].formalLate").value(false))
                .andExpect(jsonPath("$[0].panelRecommendation").value("RECONSIDER"))
                .andExpect(jsonPath("$[0].reconsiderOn").value("2027-02-15"))
                .andExpect(jsonPath("$[0].outcome").value("PANEL_RECOMMENDED_RECONSIDERATION"));
        // On the case page: the complaint, each step done, the letters.
        mvc.perform(get("/cases/" + ref).session(TestStaff.webappSession(TestStaff.SOCIAL_WORKER)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("Alex Example disagreed with the conference decision"),
                        Matchers.containsString("Alex Example made a formal complaint"),
                        Matchers.containsString("Complaint closed: the panel recommended that the conference reconsider"),
                        Matchers.containsString("Done: Record the complaint panel&#39;s findings"),
                        Matchers.containsString("What the complaint panel found"))));
    }

    @Test
    void aParentSatisfiedAfterTalkingToTheSocialWorkerGetsALetterAndTheMatterCloses() throws Exception {
        String ref = caseWithAPlan();
        setToday(LocalDate.of(2026, 12, 22));
        raise(TestStaff.CHAIR, ref, raised("jordan example", "2026-12-22", "I did not understand the plan.", null));
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_TalkWithParent", form("conversationDate", "2026-12-22",
                "conversationNotes", "We read the outline plan together.", "conversationOutcome", "SATISFIED"));
        assertThat(Pdfs.text(letter(ref, DocumentType.COMPLAINT_CONVERSATION_LETTER).getContent()))
                .contains("Dear Jordan Example", "now understand", "If you change your mind");
        assertThat(complaint(ref)).as("ended").isNull();
        assertThat(history.createHistoricActivityInstanceQuery().activityId("EndEvent_ResolvedWithSocialWorker")
                .processInstanceId(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref)
                        .processDefinitionKey(ComplaintService.PROCESS).singleResult().getId()).count()).isEqualTo(1);
        assertThat(complaints.ofCase(cases.get(ref).getId())).singleElement()
                .satisfies(c -> assertThat(c.getOutcome()).isEqualTo(Complaint.Outcome.RESOLVED_WITH_SOCIAL_WORKER));
    }

    @Test
    void aMeetingThatEndsWithoutAComplaintTellsTheParentHowAndByWhenToComplain() throws Exception {
        String ref = caseWithAPlan();
        setToday(LocalDate.of(2026, 12, 22));
        raise(TestStaff.SOCIAL_WORKER, ref, raised("Alex Example", "2026-12-22", "Unfair.", null));
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_TalkWithParent", form("conversationDate", "2026-12-22",
                "conversationNotes", "Explained.", "conversationOutcome", "STILL_UNHAPPY"));
        setToday(LocalDate.of(2027, 1, 5));
        complete(TestStaff.CHAIR, ref, "Task_HoldInformalMeeting", form("meetingDate", "2027-01-05",
                "meetingNotes", "Talked it through.", "meetingOutcome", "NO_COMPLAINT_YET"));
        assertThat(Pdfs.text(letter(ref, DocumentType.COMPLAINT_MEETING_LETTER).getContent()))
                .contains("make a formal complaint", "within 28 days of the conference, by Monday 18 January 2027");
        assertThat(complaint(ref)).isNull();
        assertThat(complaints.ofCase(cases.get(ref).getId())).singleElement()
                .satisfies(c -> assertThat(c.getOutcome()).isEqualTo(Complaint.Outcome.NO_FORMAL_COMPLAINT));
    }

    @Test
    void aComplaintOnTheTwentyEighthDayIsInTimeAndOneOnTheTwentyNinthIsRecordedAsLate() throws Exception {
        String ref = caseWithAPlan();
        // 28 days after Monday 21 December 2026: Monday 18 January 2027, in time.
        setToday(LocalDate.of(2027, 1, 18));
        raise(TestStaff.ADMINISTRATOR, ref, raised("Alex Example", "2027-01-18", "Unfair.", "FORMAL_COMPLAINT"));
        assertThat(complaint(ref)).isWaitingAt("Task_RecordFormalComplaint");
        complete(TestStaff.CHAIR, ref, "Task_RecordFormalComplaint", form("complaintReceivedDate", "2027-01-18",
                "complaintMadeTo", "CHAIR", "complaintAbout", "CONFERENCE", "complaintText", "On the last day."));
        assertThat(complaints.ofCase(cases.get(ref).getId()).get(0).getFormalLate()).isFalse();
        complete(TestStaff.ADMINISTRATOR, ref, "Task_RecordComplaintPanel", panel("2027-01-18", "NO_CHANGE"));
        assertThat(Pdfs.text(letter(ref, DocumentType.COMPLAINT_PANEL_LETTER).getContent()))
                .contains("did not recommend", "stays in place");
        assertThat(complaints.ofCase(cases.get(ref).getId()).get(0).getOutcome())
                .isEqualTo(Complaint.Outcome.PANEL_NO_CHANGE);

        // Jordan's complaint arrives on Tuesday 19 January: the 29th day. It is recorded, as late, and heard.
        setToday(LocalDate.of(2027, 1, 19));
        raise(TestStaff.ADMINISTRATOR, ref, raised("Jordan Example", "2027-01-19", "Unfair too.", "FORMAL_COMPLAINT"));
        complete(TestStaff.CHAIR, ref, "Task_RecordFormalComplaint", form("complaintReceivedDate", "2027-01-19",
                "complaintMadeTo", "UNIT_MANAGER", "complaintAbout", "CONFERENCE", "complaintText", "A day late."));
        Complaint late = complaints.ofCase(cases.get(ref).getId()).get(1);
        assertThat(late.getFormalLate()).isTrue();
        Document receivedLate = documents.ofCase(cases.get(ref).getId()).stream()
                .filter(d -> d.getDocumentType() == DocumentType.COMPLAINT_RECEIVED_LETTER
                        && d.getParticipantId().equals(late.getParticipantId())).findFirst().orElseThrow();
        assertThat(Pdfs.text(receivedLate.getContent())).contains("Dear Jordan Example",
                "by Monday 18 January 2027", "came after that date", "still recorded it");
        assertThat(task(ref, "Task_RecordComplaintPanel")).isNotNull();
    }

    @Test
    void aComplaintAboutOneAgencysServiceIsPointedToThatAgencysOwnProcedure() throws Exception {
        agencies.save(new AgencyDirectory.Entry(Agency.HOUSING, "Housing customer services", null,
                "Civic Centre\nCastle Street\nLeeds LS1 1AA", "0113 496 0000"), TestStaff.ADMINISTRATOR);
        String ref = caseWithAPlan();
        setToday(LocalDate.of(2026, 12, 30));
        raise(TestStaff.CHAIR, ref, raised("Alex Example", "2026-12-30", "Housing never fixed the boiler.",
                "FORMAL_COMPLAINT"));
        Map<String, Object> noAgency = form("complaintReceivedDate", "2026-12-30", "complaintMadeTo", "CHAIR",
                "complaintAbout", "ONE_AGENCY", "complaintText", "Housing never fixed the boiler.");
        signIn(TestStaff.CHAIR);
        String taskId = task(ref, "Task_RecordFormalComplaint").getId();
        assertThatThrownBy(() -> tasks.complete(taskId, noAgency)).hasMessageContaining("choose the agency");
        identity.clearAuthentication();
        Map<String, Object> housing = new HashMap<>(noAgency);
        housing.put("complaintAgency", "HOUSING");
        complete(TestStaff.CHAIR, ref, "Task_RecordFormalComplaint", housing);
        assertThat(Pdfs.text(letter(ref, DocumentType.COMPLAINT_RECEIVED_LETTER).getContent())).contains(
                "service you have had from Housing", "its own complaints procedure", "Housing customer services",
                "Castle Street", "0113 496 0000", "not changed by a complaint about one agency");
        assertThat(complaint(ref)).isNull();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey("Task_RecordComplaintPanel")
                .count()).as("no panel for one agency's service").isZero();
        assertThat(complaints.ofCase(cases.get(ref).getId()).get(0).getOutcome())
                .isEqualTo(Complaint.Outcome.POINTED_TO_AGENCY);
    }

    @Test
    void badSubmissionsAreRefusedInWordsAndNothingIsStarted() throws Exception {
        String ref = caseWithAPlan();
        setToday(LocalDate.of(2026, 12, 23));
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, post("/api/cases/" + ref + "/complaints")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(raised("Sam Neighbour", "2026-12-23", "Unfair.", null))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.parentName").value(Matchers.containsString("Alex Example, Jordan Example")));
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, post("/api/cases/" + ref + "/complaints")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(raised("Alex Example", "2026-12-24", "Unfair.", null))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.raisedOn").value("must not be in the future"));
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, post("/api/cases/" + ref + "/complaints")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"parentName\": \"Alex Example\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.raisedOn").exists())
                .andExpect(jsonPath("$.errors.concern").exists());
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, post("/api/cases/" + ref + "/complaints")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(raised("Alex Example", "2026-12-23", "Unfair.", "APPEAL"))))
                .andExpect(status().isBadRequest());
        mvc.perform(signedIn(TestStaff.ADMINISTRATOR, post("/api/cases/CP-1999-99999/complaints")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(raised("Alex Example", "2026-12-23", "No case.", null))))
                .andExpect(status().isNotFound());
        String fresh = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Una", "Decided",
                LocalDate.of(2016, 3, 3), Gender.FEMALE, null, "English"), STRATEGY_DAY, ReferralSource.POLICE,
                "Concerns", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null)).getReference();
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, post("/api/cases/" + fresh + "/complaints")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(raised("Alex Example", "2026-12-23", "No decision yet.", null))))
                .andExpect(status().isConflict());
        // Not their case, not their role.
        mvc.perform(signedIn(TestStaff.OTHER_SOCIAL_WORKER, post("/api/cases/" + ref + "/complaints")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(raised("Alex Example", "2026-12-23", "Unfair.", null))))
                .andExpect(status().isForbidden());
        mvc.perform(signedIn(TestStaff.SERVICE_MANAGER, post("/api/cases/" + ref + "/complaints")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(raised("Alex Example", "2026-12-23", "Unfair.", null))))
                .andExpect(status().isForbidden());
        assertThat(complaint(ref)).as("nothing started").isNull();

        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ComplaintService.PROCESS).latestVersion().singleResult().getId();
        signIn(TestStaff.CHAIR);
        assertThatThrownBy(() -> runtime.startProcessInstanceById(definition, ref,
                Map.of("caseReference", ref, "complaintId", 1L, "complaintStage", "FORMAL_COMPLAINT")))
                .as("no one starts it through the engine, whatever they pass")
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        identity.clearAuthentication();

        raise(TestStaff.SOCIAL_WORKER, ref, raised("Alex Example", "2026-12-23", "Unfair.", "FORMAL_COMPLAINT"));
        complete(TestStaff.CHAIR, ref, "Task_RecordFormalComplaint", form("complaintReceivedDate", "2026-12-23",
                "complaintMadeTo", "CHAIR", "complaintAbout", "CONFERENCE", "complaintText", "Unfair."));
        Map<String, Object> twoMembers = panel("2026-12-23", "NO_CHANGE");
        twoMembers.remove("panelPolice");
        twoMembers.put("panelEducation", "");
        signIn(TestStaff.ADMINISTRATOR);
        String panelTask = task(ref, "Task_RecordComplaintPanel").getId();
        assertThatThrownBy(() -> tasks.complete(panelTask, twoMembers))
                .hasMessageContaining("panelEducation: is required");
        Map<String, Object> noPolice = panel("2026-12-23", "NO_CHANGE");
        noPolice.remove("panelPolice");
        assertThatThrownBy(() -> tasks.complete(panelTask, noPolice))
                .hasMessageContaining("panelPolice: The panel member from the police is required");
        Map<String, Object> before = panel("2026-12-22", "NO_CHANGE");
        assertThatThrownBy(() -> tasks.complete(panelTask, before))
                .hasMessageContaining("must not be before the complaint reached us (Wednesday 23 December 2026)");
        identity.clearAuthentication();
        assertThat(complaint(ref)).isWaitingAt("Task_RecordComplaintPanel");
    }
}
