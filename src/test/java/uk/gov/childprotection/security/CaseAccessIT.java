package uk.gov.childprotection.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.childprotection.demo.Submissions.booking;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;
import static uk.gov.childprotection.support.TestStaff.signedIn;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.documents.Document;
import uk.gov.childprotection.documents.DocumentService;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * Who reads which case: the allocated social worker and the case's team manager, the Chair once booked to
 * chair its conference, administrators and service managers; anyone else gets 403, and every read, allowed or
 * refused, is in the audit that service managers read.
 */
@AutoConfigureMockMvc
class CaseAccessIT extends ProcessTestSupport {

    @Autowired MockMvc mvc;
    @Autowired ChildCaseService cases;
    @Autowired DocumentService documents;
    @Autowired AccessAuditRepository audit;

    private static int children;

    private String caseOfSamAndTess() {
        return cases.openCase(new NewReferral(new NewReferral.ChildDetails("Lena", "Private",
                LocalDate.of(2015, 9, 9).plusDays(children++), Gender.FEMALE, null, null), STRATEGY_DAY,
                ReferralSource.SCHOOL, "Concerns", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null))
                .getReference();
    }

    private int readCase(String user, String ref) throws Exception {
        return mvc.perform(signedIn(user, get("/api/cases/" + ref))).andReturn().getResponse().getStatus();
    }

    @Test
    void aCaseIsReadByThoseWhoWorkItAndAnotherTeamsWorkerIsRefusedAndAudited() throws Exception {
        String ref = caseOfSamAndTess();

        assertThat(readCase(TestStaff.SOCIAL_WORKER, ref)).as("the allocated social worker").isEqualTo(200);
        assertThat(readCase(TestStaff.TEAM_MANAGER, ref)).as("the case's team manager").isEqualTo(200);
        assertThat(readCase(TestStaff.ADMINISTRATOR, ref)).as("conference administrators").isEqualTo(200);
        assertThat(readCase(TestStaff.SERVICE_MANAGER, ref)).as("service managers").isEqualTo(200);
        assertThat(readCase(TestStaff.CHAIR, ref)).as("a Chair not (yet) chairing it").isEqualTo(403);
        assertThat(readCase(TestStaff.MANAGER_AND_CHAIR, ref)).as("another team's manager").isEqualTo(403);
        mvc.perform(signedIn(TestStaff.OTHER_SOCIAL_WORKER, get("/api/cases/" + ref)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Not allowed"));

        List<AccessAudit> trail = audit.findByCaseReferenceOrderById(ref);
        assertThat(trail).extracting(AccessAudit::getUserId, AccessAudit::getAction, AccessAudit::getOutcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TestStaff.SOCIAL_WORKER, AccessAudit.Action.READ_CASE,
                                AccessAudit.Outcome.ALLOWED),
                        org.assertj.core.groups.Tuple.tuple(TestStaff.TEAM_MANAGER, AccessAudit.Action.READ_CASE,
                                AccessAudit.Outcome.ALLOWED),
                        org.assertj.core.groups.Tuple.tuple(TestStaff.ADMINISTRATOR, AccessAudit.Action.READ_CASE,
                                AccessAudit.Outcome.ALLOWED),
                        org.assertj.core.groups.Tuple.tuple(TestStaff.SERVICE_MANAGER, AccessAudit.Action.READ_CASE,
                                AccessAudit.Outcome.ALLOWED),
                        org.assertj.core.groups.Tuple.tuple(TestStaff.CHAIR, AccessAudit.Action.READ_CASE,
                                AccessAudit.Outcome.DENIED),
                        org.assertj.core.groups.Tuple.tuple(TestStaff.MANAGER_AND_CHAIR, AccessAudit.Action.READ_CASE,
                                AccessAudit.Outcome.DENIED),
                        org.assertj.core.groups.Tuple.tuple(TestStaff.OTHER_SOCIAL_WORKER,
                                AccessAudit.Action.READ_CASE, AccessAudit.Outcome.DENIED));
        assertThat(trail).allSatisfy(entry -> {
            assertThat(entry.getRemoteAddress()).isEqualTo("127.0.0.1");
            assertThat(entry.getHappenedAt()).isNotNull();
        });

        // Only service managers read the audit.
        mvc.perform(signedIn(TestStaff.SERVICE_MANAGER, get("/api/audit").param("caseReference", ref)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(7))
                .andExpect(jsonPath("$[6].userId").value(TestStaff.OTHER_SOCIAL_WORKER))
                .andExpect(jsonPath("$[6].outcome").value("DENIED"));
        mvc.perform(signedIn(TestStaff.TEAM_MANAGER, get("/api/audit").param("caseReference", ref)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theBookedChairReadsTheCaseAndDocumentsFollowTheSameRule() throws Exception {
        String ref = caseOfSamAndTess();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        LocalDate day = LocalDate.of(2026, 12, 21);
        complete(TestStaff.ADMINISTRATOR, ref, "Task_BookConference", booking(day, TestStaff.CHAIR));
        assertThat(readCase(TestStaff.CHAIR, ref)).as("the Chair of its conference").isEqualTo(200);

        ConferenceWalk.prepare(this, ref);
        setToday(day);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(day, "CHILD_PROTECTION_PLAN",
                TestStaff.OTHER_SOCIAL_WORKER, LocalDate.of(2027, 3, 19), "NEGLECT"));
        Document record = documents.ofCase(cases.get(ref).getId()).stream()
                .filter(d -> d.getDocumentType() == uk.gov.childprotection.documents.DocumentType.CONFERENCE_RECORD)
                .findFirst().orElseThrow();

        mvc.perform(signedIn(TestStaff.MANAGER_AND_CHAIR, get("/api/documents/" + record.getId())))
                .andExpect(status().isForbidden());
        mvc.perform(signedIn(TestStaff.MANAGER_AND_CHAIR, get("/api/cases/" + ref + "/documents")))
                .andExpect(status().isForbidden());
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, get("/api/documents/" + record.getId())))
                .andExpect(status().isOk());
        // The plan's lead social worker, named by the conference, reads the case from then on.
        mvc.perform(signedIn(TestStaff.OTHER_SOCIAL_WORKER, get("/api/documents/" + record.getId())))
                .andExpect(status().isOk());

        assertThat(audit.findByCaseReferenceOrderById(ref))
                .filteredOn(entry -> entry.getAction() == AccessAudit.Action.READ_DOCUMENT)
                .extracting(AccessAudit::getUserId, AccessAudit::getDocumentId, AccessAudit::getOutcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TestStaff.MANAGER_AND_CHAIR, record.getId(),
                                AccessAudit.Outcome.DENIED),
                        org.assertj.core.groups.Tuple.tuple(TestStaff.SOCIAL_WORKER, record.getId(),
                                AccessAudit.Outcome.ALLOWED),
                        org.assertj.core.groups.Tuple.tuple(TestStaff.OTHER_SOCIAL_WORKER, record.getId(),
                                AccessAudit.Outcome.ALLOWED));
    }
}
