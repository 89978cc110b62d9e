package uk.gov.childprotection.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.childprotection.support.TestStaff.signedIn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.security.Roles;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * The managers' dashboard through a real sign-in, on cases with known answers: an initial conference on time,
 * one a working day late across Christmas with its reason, one falling due in the next five working days. The
 * cases end with a worker and a team of their own, so the figures by worker and by team are theirs alone.
 */
@AutoConfigureMockMvc
class MonitoringApiIT extends ProcessTestSupport {

    private static final String WORKER = "monitor.worker";
    private static final String MANAGER = "monitor.manager";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired ChildCaseService cases;
    @Autowired uk.gov.childprotection.amendment.AmendmentService amendments;

    @BeforeEach
    void staff() {
        TestStaff.user(identity, WORKER, "Mo", "Worker", Roles.SOCIAL_WORKERS);
        TestStaff.user(identity, MANAGER, "Meg", "Manager", Roles.TEAM_MANAGERS);
    }

    private String refer(String given, String family, LocalDate referred) {
        return cases.openCase(new NewReferral(new NewReferral.ChildDetails(given, family, LocalDate.of(2018, 5, 6),
                Gender.FEMALE, null, "English"), referred, ReferralSource.SCHOOL, "Concerns", List.of(),
                TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null)).getReference();
    }

    private JsonNode dashboard(String from, String to) throws Exception {
        return json.readTree(mvc.perform(signedIn(TestStaff.SERVICE_MANAGER, get("/api/monitoring")
                        .param("from", from).param("to", to))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static JsonNode timescale(JsonNode dashboard, String kind) {
        for (JsonNode t : dashboard.get("timescales")) {
            if (t.get("overall").get("kind").asText().equals(kind)) {
                return t;
            }
        }
        throw new AssertionError("no timescale " + kind);
    }

    private static List<String> references(JsonNode rows) {
        List<String> refs = new ArrayList<>();
        rows.forEach(r -> refs.add(r.get("caseReference").asText()));
        return refs;
    }

    @Test
    void aServiceManagerSeesTheTimescalesTheLateOnesWithTheirReasonsAndWhatFallsDue() throws Exception {
        // On time: strategy discussion Monday 7 December 2026, conference Monday 21 December (due 30 December).
        String onTime = refer("Ona", "Monitorwell", STRATEGY_DAY.minusDays(1));
        ConferenceWalk.toPlan(this, onTime, STRATEGY_DAY, LocalDate.of(2026, 12, 21), LocalDate.of(2027, 3, 19));
        // Late: strategy discussion Friday 18 December; across Christmas and New Year due Wednesday 13 January.
        LocalDate lateStrategy = LocalDate.of(2026, 12, 18);
        setToday(lateStrategy);
        String late = refer("Lew", "Monitorwell", lateStrategy.minusDays(1));
        ConferenceWalk.toInitialConference(this, late, lateStrategy);
        LocalDate lateDay = LocalDate.of(2027, 1, 14);
        ConferenceWalk.bookAndPrepare(this, late, lateDay);
        setToday(lateDay);
        fireDueTimers(late);
        complete(TestStaff.TEAM_MANAGER, late, "Task_RecordConferenceDelay",
                uk.gov.childprotection.demo.Submissions.delay("The mother was in hospital."));
        complete(TestStaff.CHAIR, late, "Task_HoldConference", uk.gov.childprotection.demo.Submissions
                .conferenceRecord(lateDay, "CHILD_PROTECTION_PLAN", TestStaff.SOCIAL_WORKER,
                        LocalDate.of(2027, 4, 9), "NEGLECT"));
        // The next day the mother asks for the record to be amended; the Chair has not answered yet.
        postCopies(late);
        setToday(lateDay.plusDays(1));
        amendments.request(late, new uk.gov.childprotection.amendment.AmendmentService.NewRequest(null,
                "Alex Example", lateDay.plusDays(1), "My name is spelt wrongly."), TestStaff.ADMINISTRATOR);
        // Falling due: strategy discussion Monday 18 January, conference due Monday 8 February.
        LocalDate soonStrategy = LocalDate.of(2027, 1, 18);
        setToday(soonStrategy);
        String soon = refer("Sol", "Monitorwell", soonStrategy.minusDays(1));
        ConferenceWalk.toInitialConference(this, soon, soonStrategy);
        for (String ref : List.of(onTime, late, soon)) {
            cases.reallocate(ref, WORKER, MANAGER, TestStaff.TEAM_MANAGER);
        }
        setToday(LocalDate.of(2027, 2, 2));

        JsonNode board = dashboard("2026-12-01", "2027-01-31");
        JsonNode icpc = timescale(board, "ICPC_HELD");
        assertThat(icpc.get("nationalPercentOnTime").decimalValue()).isEqualByComparingTo("81.4");
        JsonNode lateOne = null;
        for (JsonNode l : icpc.get("overall").get("lateOnes")) {
            if (l.get("caseReference").asText().equals(late)) {
                lateOne = l;
            }
        }
        assertThat(lateOne).as("the late conference is listed").isNotNull();
        assertThat(lateOne.get("workingDaysLate").asInt()).isEqualTo(1);
        assertThat(lateOne.get("delayReason").asText()).isEqualTo("The mother was in hospital.");
        assertThat(references(icpc.get("overall").get("lateOnes"))).doesNotContain(onTime);
        JsonNode team = null;
        for (JsonNode g : icpc.get("byTeam")) {
            if (g.get("group").asText().equals("Meg Manager's team")) {
                team = g;
            }
        }
        assertThat(team).isNotNull();
        assertThat(team.get("met").asInt()).isEqualTo(2);
        assertThat(team.get("onTime").asInt()).isEqualTo(1);
        assertThat(team.get("percentOnTime").decimalValue()).isEqualByComparingTo("50.0");
        // Tuesday 2 February + 5 working days is Tuesday 9 February: Sol's conference, due 8 February, falls due.
        assertThat(references(board.get("dueInNextFiveWorkingDays"))).contains(soon);
        assertThat(references(board.get("overdueNow"))).doesNotContain(soon);
        // No core group has been held since the plans began: each plan's first core group is overdue now.
        List<String> overdueKinds = new ArrayList<>();
        board.get("overdueNow").forEach(d -> overdueKinds.add(d.get("caseReference").asText() + " "
                + d.get("kind").asText()));
        assertThat(overdueKinds).contains(onTime + " FIRST_CORE_GROUP", late + " FIRST_CORE_GROUP")
                .doesNotContain(onTime + " ICPC_HELD", late + " ICPC_HELD");
        JsonNode mo = null;
        for (JsonNode c : board.get("caseloadPerWorker")) {
            if (c.get("name").asText().equals("Mo Worker")) {
                mo = c;
            }
        }
        assertThat(mo.get("openCases").asInt()).isEqualTo(3);
        assertThat(mo.get("onPlan").asInt()).isEqualTo(2);

        assertThat(board.get("plans").get("onPlanByCategory").get("Neglect").asInt())
                .as("Ona's and Lew's plans, for neglect, in words").isGreaterThanOrEqualTo(2);
        assertThat(board.get("nationalPercentPlansLastingTwoYears").decimalValue()).isEqualByComparingTo("4.4");

        // Friday 15 January to Tuesday 2 February: 12 working days waiting for the Chair's answer.
        JsonNode waiting = null;
        for (JsonNode w : board.get("amendmentRequests").get("stillWaiting")) {
            if (w.get("caseReference").asText().equals(late)) {
                waiting = w;
            }
        }
        assertThat(waiting).as("the mother's request waits").isNotNull();
        assertThat(waiting.get("workingDaysWaiting").asInt()).isEqualTo(12);
        assertThat(waiting.get("casePage").asText()).isEqualTo("/cases/" + late);
        assertThat(board.get("amendmentRequests").get("received").asInt()).isPositive();

        // The late ones as a spreadsheet, with the reason.
        var csv = mvc.perform(signedIn(TestStaff.SERVICE_MANAGER, get("/api/monitoring/late.csv")
                .param("from", "2026-12-01").param("to", "2027-01-31"))).andExpect(status().isOk()).andReturn()
                .getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("late-2026-12-01-to-2027-01-31.csv");
        assertThat(csv.getContentAsString()).startsWith("\"Timescale\",\"Case\",\"Child\"")
                .contains("\"" + late + "\",\"Lew Monitorwell\",\"Mo Worker\",\"2027-01-13\",\"2027-01-14\",\"1\","
                        + "\"The mother was in hospital.\"");
    }

    @Test
    void onlyServiceManagersSeeItAndABadPeriodIsRefusedInWords() throws Exception {
        for (String user : List.of(TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, TestStaff.CHAIR,
                TestStaff.ADMINISTRATOR)) {
            mvc.perform(signedIn(user, get("/api/monitoring").param("from", "2026-04-01").param("to", "2027-03-31")))
                    .andExpect(status().isForbidden());
            mvc.perform(signedIn(user, get("/api/monitoring/late.csv").param("from", "2026-04-01")
                    .param("to", "2027-03-31"))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/monitoring").param("from", "2026-04-01").param("to", "2027-03-31"))
                .andExpect(status().isUnauthorized());
        String backwards = mvc.perform(signedIn(TestStaff.SERVICE_MANAGER, get("/api/monitoring")
                        .param("from", "2027-03-31").param("to", "2026-04-01"))).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(backwards).contains("must be on or after the first day of the period");
        mvc.perform(signedIn(TestStaff.SERVICE_MANAGER, get("/api/monitoring").param("from", "1/4/2026")
                .param("to", "2027-03-31"))).andExpect(status().isBadRequest());
        mvc.perform(signedIn(TestStaff.SERVICE_MANAGER, get("/api/monitoring/nothing.csv")
                .param("from", "2026-04-01").param("to", "2027-03-31"))).andExpect(status().isBadRequest());
    }
}
