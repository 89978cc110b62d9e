package uk.gov.childprotection.agencyreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.childprotection.support.TestStaff.signedIn;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
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
import uk.gov.childprotection.conference.Conference;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.conference.Participant;
import uk.gov.childprotection.demo.Submissions;
import uk.gov.childprotection.documents.Document;
import uk.gov.childprotection.documents.DocumentService;
import uk.gov.childprotection.documents.DocumentType;
import uk.gov.childprotection.notification.Delivery;
import uk.gov.childprotection.notification.Sending;
import uk.gov.childprotection.notification.SendingService;
import uk.gov.childprotection.security.AccessAudit;
import uk.gov.childprotection.security.CaseAccess;
import uk.gov.childprotection.security.Roles;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.CoverageOf;
import uk.gov.childprotection.support.Pdfs;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * Agencies' reports written in the system (seed 001): an agency worker sees only the conferences their agency is
 * invited to, writes the report on the multi-agency template's headings and says when they shared it with the
 * family; the conference team sends it to the other professionals only; the administrator's and the Chair's
 * forms show which came in and which the family has seen. Any other conference, any case, is refused.
 */
@AutoConfigureMockMvc
class AgencyReportIT extends ProcessTestSupport {

    @TestConfiguration
    static class Coverage {
        @Bean
        @Primary
        ProcessEngineCoverageProperties coverage() {
            return CoverageOf.process(AgencyReportService.PROCESS);
        }
    }

    private static final LocalDate CONFERENCE_DAY = LocalDate.of(2026, 12, 21);
    static final String POLICE = "test.agency.police";
    static final String SCHOOL = "test.agency.school";
    static final String UNTIED = "test.agency.untied";
    static final String SYSTEM_ADMINISTRATOR = "test.sysadmin";

    @Autowired ChildCaseService cases;
    @Autowired ConferenceService conferences;
    @Autowired DocumentService documents;
    @Autowired SendingService sendings;
    @Autowired CaseAccess access;
    @Autowired MockMvc mvc;

    private static int children;

    @BeforeEach
    void agencyWorkers() throws Exception {
        TestStaff.user(identity, POLICE, "Pat", "Constable", Roles.AGENCY_WORKERS);
        TestStaff.user(identity, SCHOOL, "Sasha", "Teacher", Roles.AGENCY_WORKERS);
        TestStaff.user(identity, UNTIED, "Una", "Tied", Roles.AGENCY_WORKERS);
        TestStaff.user(identity, SYSTEM_ADMINISTRATOR, "Sys", "Admin", Roles.ADMINISTRATORS);
        tie(POLICE, "POLICE").andExpect(status().isOk());
        tie(SCHOOL, "SCHOOL").andExpect(status().isOk());
    }

    private org.springframework.test.web.servlet.ResultActions tie(String user, String agency) throws Exception {
        return mvc.perform(signedIn(SYSTEM_ADMINISTRATOR, put("/api/agency-workers/" + user)
                .contentType(MediaType.APPLICATION_JSON).content("{\"agency\": \"" + agency + "\"}")));
    }

    private String caseAtConference(String... agencies) {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Rory", "Report",
                LocalDate.of(2016, 3, 3).plusDays(children++), Gender.MALE, null, "English"), STRATEGY_DAY,
                ReferralSource.POLICE, "Concerns", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null))
                .getReference();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        complete(TestStaff.ADMINISTRATOR, ref, "Task_BookConference", Submissions.booking(CONFERENCE_DAY,
                TestStaff.CHAIR));
        complete(TestStaff.ADMINISTRATOR, ref, "Task_InviteParticipants", Submissions.invitations(agencies));
        return ref;
    }

    private Conference conferenceOf(String ref) {
        return conferences.ofCase(cases.get(ref).getId()).get(0);
    }

    private static String report(String author, int scaling) {
        return "{\"authorName\": \"" + author + "\", \"authorRole\": \"Detective Constable\", "
                + "\"involvement\": \"The police attended the home on 1 December after a call from a neighbour.\", "
                + "\"worries\": \"Rory had a bruise on his arm and said he was scared when his father shouts.\", "
                + "\"workingWell\": \"His mother called the police herself and has agreed to a safety plan.\", "
                + "\"complications\": \"The father has not yet been interviewed.\", "
                + "\"childsViews\": \"Rory said: I like it when it is calm at home.\", "
                + "\"scaling\": " + scaling + ", \"scalingReason\": \"The mother acts protectively.\"}";
    }

    private org.springframework.test.web.servlet.ResultActions write(String user, Long conferenceId, String body)
            throws Exception {
        return mvc.perform(signedIn(user, put("/api/agency-conferences/" + conferenceId + "/report")
                .contentType(MediaType.APPLICATION_JSON).content(body)));
    }

    private org.springframework.test.web.servlet.ResultActions shared(String user, Long conferenceId, String on)
            throws Exception {
        return mvc.perform(signedIn(user, put("/api/agency-conferences/" + conferenceId
                + "/report/shared-with-family").contentType(MediaType.APPLICATION_JSON)
                .content("{\"sharedOn\": \"" + on + "\", \"how\": \"Read it with the mother at home\"}")));
    }

    private List<Document> reportsOf(String ref) {
        return documents.ofCase(cases.get(ref).getId()).stream()
                .filter(d -> d.getDocumentType() == DocumentType.AGENCY_REPORT)
                .sorted(java.util.Comparator.comparing(Document::getId)).toList();
    }

    private Participant invited(Conference conference, String name) {
        return conferences.participants(conference.getId()).stream().filter(p -> p.getName().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void aPoliceWorkerWritesThePoliceReportWhichGoesToTheOtherProfessionalsOnlyAndIsRefusedEveryOtherConference()
            throws Exception {
        String ref = caseAtConference("POLICE", "SCHOOL", "GP");
        String other = caseAtConference("SCHOOL", "GP");
        Conference conference = conferenceOf(ref);
        Conference notPolice = conferenceOf(other);
        setToday(LocalDate.of(2026, 12, 14));

        // Only the conferences the police are invited to: this one, not the other child's.
        mvc.perform(signedIn(POLICE, get("/api/agency-conferences"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].conferenceId", Matchers.hasItem(conference.getId().intValue())))
                .andExpect(jsonPath("$[*].conferenceId", Matchers.not(Matchers.hasItem(notPolice.getId().intValue()))))
                .andExpect(jsonPath("$[*].children[*].caseReference", Matchers.not(Matchers.hasItem(other))));
        mvc.perform(signedIn(POLICE, get("/api/agency-conferences/" + conference.getId()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.agency").value("Police"))
                .andExpect(jsonPath("$.children[0].caseReference").value(ref))
                .andExpect(jsonPath("$.conferenceDate").value("2026-12-21"))
                .andExpect(jsonPath("$.reportsNeededBy").value("2026-12-18"))
                .andExpect(jsonPath("$.openForReport").value(true))
                .andExpect(jsonPath("$.report").doesNotExist());
        byte[] request = mvc.perform(signedIn(POLICE, get("/api/agency-conferences/" + conference.getId()
                + "/report-request"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(Pdfs.text(request)).contains("To: Police", "What we are worried about:",
                "write the report there, under the headings below");

        // Another agency's conference, a conference that does not exist, a case, a document: all refused.
        mvc.perform(signedIn(POLICE, get("/api/agency-conferences/" + notPolice.getId())))
                .andExpect(status().isForbidden());
        write(POLICE, notPolice.getId(), report("Pat Constable", 5)).andExpect(status().isForbidden());
        mvc.perform(signedIn(POLICE, get("/api/agency-conferences/99999999"))).andExpect(status().isForbidden());
        mvc.perform(signedIn(POLICE, get("/api/cases/" + ref))).andExpect(status().isForbidden());
        mvc.perform(signedIn(POLICE, get("/api/documents/" + documents.ofCase(cases.get(ref).getId()).get(0)
                .getId()))).andExpect(status().isForbidden());
        mvc.perform(signedIn(POLICE, get("/api/cases/" + ref + "/documents"))).andExpect(status().isForbidden());
        String unlinked = "test.agency.unlinked"; // no test ties it (the other test ties UNTIED)
        TestStaff.user(identity, unlinked, "Ulla", "Unlinked", Roles.AGENCY_WORKERS);
        mvc.perform(signedIn(unlinked, get("/api/agency-conferences"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("not yet linked to an agency")));
        // ... and staff do not use the agency workers' door.
        mvc.perform(signedIn(TestStaff.ADMINISTRATOR, get("/api/agency-conferences"))).andExpect(status().isForbidden());

        // Wrong input is refused field by field, and nothing is kept.
        write(POLICE, conference.getId(), "{\"authorName\": \"Pat Constable\", \"authorRole\": \"DC\", "
                + "\"involvement\": \"Known\", \"worries\": \" \", \"workingWell\": \"x\", \"scaling\": 11, "
                + "\"scalingReason\": \"x\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.worries").value("say what your agency is worried about"))
                .andExpect(jsonPath("$.errors.scaling").value("must be from 0 to 10"));
        write(POLICE, conference.getId(), report("Pat Constable", 5).replace("5,", "\"five\","))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.scaling").exists());
        assertThat(reportsOf(ref)).isEmpty();

        write(POLICE, conference.getId(), report("Pat Constable", 5)).andExpect(status().isOk())
                .andExpect(jsonPath("$.report.submissions").value(1))
                .andExpect(jsonPath("$.report.content.scaling").value(5));
        var send = task(ref, "Task_SendAgencyReport");
        assertThat(send.getDueDate()).as("the working day before the conference")
                .isEqualTo(Today.endOfWorkingDay(LocalDate.of(2026, 12, 18)));
        assertThat(tasks.getVariable(send.getId(), "agencyReportSummary").toString())
                .contains("The report of Police", "Pat Constable", "School", "GP", "Mrs P Green")
                .doesNotContain("Alex Example", "Jordan Example");
        assertThat(tasks.getVariable(task(ref, "Task_RecordAgencyReports").getId(), "agencyReportsSummary")
                .toString()).as("the open form is brought up to date")
                .contains("Police: report received ([the report, version 1 (PDF)]", "not shared with the family",
                        "School: no report received");

        // Written again before it is sent on: a new version, the same process.
        write(POLICE, conference.getId(), report("Pat Constable", 6)).andExpect(status().isOk())
                .andExpect(jsonPath("$.report.submissions").value(2));
        List<Document> written = reportsOf(ref);
        assertThat(written).extracting(Document::getVersion).containsExactly(1, 2);
        Pdfs.assertAccessible(written.get(1).getContent(), DocumentType.AGENCY_REPORT.title());
        assertThat(Pdfs.text(written.get(1).getContent())).contains(DocumentType.AGENCY_REPORT.title(), ref,
                "Agency: Police", "Pat Constable, Detective Constable, Police", "Your involvement",
                "The police attended the home", "What we are worried about", "a bruise on his arm",
                "What is working well", "What complicates things", "The child's wishes and feelings",
                "I like it when it is calm at home", "Scaling", "6 out of 10.", "The mother acts protectively",
                "please do not pass it on to the family");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey(AgencyReportService.PROCESS).count()).isEqualTo(1);

        // The day shared with the family: not one to come.
        shared(POLICE, conference.getId(), "2026-12-15").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.sharedOn").value("must not be in the future"));
        shared(POLICE, conference.getId(), "2026-12-14").andExpect(status().isOk())
                .andExpect(jsonPath("$.report.sharedWithFamilyOn").value("2026-12-14"));
        Participant police = invited(conference, "Police");
        assertThat(police.isReportReceived()).isTrue();
        assertThat(police.getReportSharedOn()).isEqualTo(LocalDate.of(2026, 12, 14));
        var recordReports = task(ref, "Task_RecordAgencyReports");
        assertThat(tasks.getVariable(recordReports.getId(), "reportsReceived").toString()).contains("POLICE")
                .doesNotContain("SCHOOL");
        assertThat(tasks.getVariable(recordReports.getId(), "reportsSharedWithFamily").toString()).contains("POLICE");
        assertThat(tasks.getVariable(recordReports.getId(), "agencyReportsSummary").toString())
                .contains("Police: report received", "shared with the family on Monday 14 December 2026");

        // The conference team sends it to the other professionals only.
        complete(TestStaff.ADMINISTRATOR, ref, "Task_SendAgencyReport", Map.of("reportDecision", "SEND"));
        postCopies(ref);
        Sending sending = sendings.ofCase(cases.get(ref).getId()).stream()
                .filter(s -> s.getPurpose() == Sending.Purpose.AGENCY_REPORT).findFirst().orElseThrow();
        List<Delivery> copies = sendings.deliveries(sending.getId());
        assertThat(copies).extracting(Delivery::getRecipientName)
                .contains("School", "GP", "Mrs P Green")
                .doesNotContain("Police", "Alex Example", "Jordan Example", "Rory Report");
        assertThat(copies).allSatisfy(d -> assertThat(d.getDocumentIds()).containsExactly(written.get(1).getId()));
        assertThat(sendings.get(sending.getId()).getCompletedOn()).as("every copy sent").isNotNull();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey(AgencyReportService.PROCESS).count()).as("sent: the process is done").isZero();
        write(POLICE, conference.getId(), report("Pat Constable", 7)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("sent to the other professionals")));

        // The school writes too; the team keeps it back, with its reason.
        write(SCHOOL, conference.getId(), report("Sasha Teacher", 4)).andExpect(status().isOk());
        var keepBack = tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey("Task_SendAgencyReport")
                .singleResult();
        signIn(TestStaff.ADMINISTRATOR);
        assertThatThrownBy(() -> tasks.complete(keepBack.getId(), Map.of("reportDecision", "DO_NOT_SEND")))
                .hasMessageContaining("notSentReason: say why the report is not sent on");
        identity.clearAuthentication();
        complete(TestStaff.ADMINISTRATOR, ref, "Task_SendAgencyReport", Map.of("reportDecision", "DO_NOT_SEND",
                "notSentReason", "The school withdrew it to correct a name."));
        write(SCHOOL, conference.getId(), report("Sasha Teacher", 4)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("withdrew it to correct a name")));

        // The Chair sees which came in and which the family has seen.
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_ShareSocialWorkerReport", Submissions.reportShared(today()));
        complete(TestStaff.CHAIR, ref, "Task_ContactParents", Submissions.chairContact(today()));
        assertThat(tasks.getVariable(task(ref, "Task_RecordAgencyReports").getId(), "reportsReceived").toString())
                .contains("POLICE", "SCHOOL");
        complete(TestStaff.ADMINISTRATOR, ref, "Task_RecordAgencyReports", Submissions.agencyReports("POLICE", "SCHOOL"));
        assertThat(tasks.getVariable(task(ref, "Task_HoldConference").getId(), "reportsReceived").toString())
                .contains("Police: report received", "shared with the family on Monday 14 December 2026",
                        "GP: no report received");

        // Once the conference is held, reports are no longer written.
        setToday(CONFERENCE_DAY);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", Submissions.conferenceRecord(CONFERENCE_DAY,
                "CHILD_PROTECTION_PLAN", TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 3, 19), "NEGLECT"));
        mvc.perform(signedIn(POLICE, get("/api/agency-conferences/" + conference.getId())))
                .andExpect(jsonPath("$.openForReport").value(false));
        write(SCHOOL, conference.getId(), report("Sasha Teacher", 4)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("reports are written before it")));

        // Every read is audited, the refused one too, under the case it was about.
        assertThat(access.audit(ref)).filteredOn(a -> a.getUserId().equals(POLICE))
                .extracting(AccessAudit::getAction).contains(AccessAudit.Action.AGENCY_READ,
                        AccessAudit.Action.AGENCY_CHANGE);
        assertThat(access.audit(other)).filteredOn(a -> a.getUserId().equals(POLICE))
                .extracting(AccessAudit::getOutcome).contains(AccessAudit.Outcome.DENIED)
                .doesNotContain(AccessAudit.Outcome.ALLOWED);
    }

    @Test
    void onlyAnAdministratorTiesAnAgencyWorkersAccountAndOnlyToAnAccountThatIsNothingElse() throws Exception {
        mvc.perform(signedIn(TestStaff.ADMINISTRATOR, put("/api/agency-workers/" + UNTIED)
                .contentType(MediaType.APPLICATION_JSON).content("{\"agency\": \"GP\"}")))
                .andExpect(status().isForbidden());
        tie(TestStaff.SOCIAL_WORKER, "GP").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("Agency workers")));
        tie("nobody.here", "GP").andExpect(status().isNotFound());
        tie(UNTIED, "NOT_AN_AGENCY").andExpect(status().isBadRequest());
        tie(UNTIED, "GP").andExpect(status().isOk()).andExpect(jsonPath("$.agency").value("GP"));
        mvc.perform(signedIn(SYSTEM_ADMINISTRATOR, get("/api/agency-workers"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].userId", Matchers.hasItems(POLICE, SCHOOL, UNTIED)));
        identity.createMembership(SCHOOL, Roles.SOCIAL_WORKERS);
        try {
            tie(SCHOOL, "SCHOOL").andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail").value(Matchers.containsString("in no other group")));
        } finally {
            identity.deleteMembership(SCHOOL, Roles.SOCIAL_WORKERS);
        }
    }
}
