package uk.gov.childprotection.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.childprotection.demo.Submissions.authorisation;
import static uk.gov.childprotection.demo.Submissions.section47Findings;
import static uk.gov.childprotection.demo.Submissions.strategyDiscussion;
import static uk.gov.childprotection.support.TestStaff.signedIn;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import uk.gov.childprotection.calendar.WorkingDayCalendar;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.security.AccessAudit;
import uk.gov.childprotection.security.AccessAuditRepository;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * The census return for a year of cases walked through the real processes, with their census items recorded on
 * the census service: the episodes as the DfE counts them, a file the census's structure accepts, none of the
 * implemented rules broken; and the doors: service managers only, every download audited, a bad year refused.
 */
@AutoConfigureMockMvc
class CensusReturnIT extends ProcessTestSupport {

    private static final int YEAR = 2027;
    private static final LocalDate CONFERENCE = LocalDate.of(2026, 12, 21);
    /** 15 working days after Monday 7 December 2026, across Christmas. */
    private static final LocalDate ICPC_TARGET = LocalDate.of(2026, 12, 30);

    @Autowired MockMvc mvc;
    @Autowired ChildCaseService cases;
    @Autowired CensusService census;
    @Autowired CensusReturnService returns;
    @Autowired WorkingDayCalendar calendar;
    @Autowired AccessAuditRepository audit;

    private static int made;

    private String refer(String givenName) {
        return cases.openCase(new NewReferral(new NewReferral.ChildDetails(givenName, "Return",
                LocalDate.of(2016, 6, 1).plusDays(made++), Gender.FEMALE, null, null), STRATEGY_DAY,
                ReferralSource.SCHOOL, "Bruising seen at school", List.of(), TestStaff.SOCIAL_WORKER,
                TestStaff.TEAM_MANAGER, null)).getReference();
    }

    private void recordItems(String ref, String upn, LocalDate authorised, String factor) {
        census.record(ref, new CensusService.CensusDetails(upn, null, "WBRI", List.of("NONE"), null, null, "N1",
                STRATEGY_DAY, authorised, List.of(factor)), TestStaff.SOCIAL_WORKER);
    }

    private CensusReturn.Child childOf(CensusReturn r, String ref) {
        return r.children().stream().filter(c -> c.episodes().stream().anyMatch(e -> e.caseReference().equals(ref)))
                .findFirst().orElseThrow();
    }

    @Test
    void aYearOfCasesMakesAReturnInTheCensusStructureThatBreaksNoRule() throws Exception {
        String onPlan = refer("Amy");
        ConferenceWalk.toPlan(this, onPlan, STRATEGY_DAY, CONFERENCE, LocalDate.of(2027, 3, 19));
        recordItems(onPlan, "A123456789012", CONFERENCE, "16A");

        String closed = refer("Bea");
        setToday(STRATEGY_DAY);
        complete(TestStaff.SOCIAL_WORKER, closed, "Task_RecordStrategyDiscussion",
                strategyDiscussion(STRATEGY_DAY, "SECTION_47"));
        LocalDate completed = LocalDate.of(2026, 12, 14);
        setToday(completed);
        complete(TestStaff.SOCIAL_WORKER, closed, "Task_RecordSection47Findings",
                section47Findings(STRATEGY_DAY, completed, "NOT_SUBSTANTIATED"));
        complete(task(closed, "Task_AuthoriseSection47Outcome").getAssignee(), closed,
                "Task_AuthoriseSection47Outcome", authorisation("AUTHORISED", null));
        recordItems(closed, "X12345678901A", completed, "4B");

        setToday(LocalDate.of(2026, 12, 22));
        CensusReturnService.Checked checked = returns.checked(YEAR);
        CensusReturn.Child amy = childOf(checked.census(), onPlan);
        CensusReturn.Child bea = childOf(checked.census(), closed);
        assertThat(checked.breaks()).as("the rules these two children break")
                .filteredOn(b -> Set.of(amy.laChildId(), bea.laChildId()).contains(b.laChildId())).isEmpty();

        assertThat(amy.upn()).isEqualTo("A123456789012");
        assertThat(amy.sex()).isEqualTo("F");
        CensusReturn.Episode plan = amy.episodes().get(0);
        assertThat(plan.referralSource()).as("a school, from the referral").isEqualTo("2A");
        assertThat(plan.referralNfa()).isFalse();
        assertThat(plan.closureDate()).isNull();
        assertThat(plan.dateOfInitialCpc()).as("recorded on the enquiry, not twice").isNull();
        assertThat(plan.section47s()).containsExactly(new CensusReturn.Section47(STRATEGY_DAY, ICPC_TARGET,
                CONFERENCE, false));
        assertThat(plan.protectionPlans()).containsExactly(new CensusReturn.ProtectionPlan(CONFERENCE, null, "NEG",
                "NEG", 0, List.of()));
        assertThat(plan.assessments()).containsExactly(new CensusReturn.Assessment(STRATEGY_DAY, CONFERENCE,
                List.of("16A")));
        CensusReturn.Episode enquiry = bea.episodes().get(0);
        assertThat(enquiry.closureDate()).isEqualTo(completed);
        assertThat(enquiry.reasonForClosure()).isEqualTo("RC7");
        assertThat(enquiry.section47s()).containsExactly(new CensusReturn.Section47(STRATEGY_DAY, ICPC_TARGET, null,
                true));
        assertThat(enquiry.protectionPlans()).isEmpty();

        // The file, for these two children, as the census's structure has it.
        CensusReturn ours = new CensusReturn(YEAR, checked.census().collectionStart(),
                checked.census().referenceDate(), checked.census().lea(), List.of(amy, bea));
        StringWriter xml = new StringWriter();
        CensusXml.write(ours, OffsetDateTime.of(2026, 12, 22, 9, 30, 0, 0, ZoneOffset.UTC), xml);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/census/cin-census-structure.xsd")).newValidator()
                .validate(new StreamSource(new StringReader(xml.toString())));
        assertThat(xml.toString()).contains("<LEA>999</LEA>", "<Year>2027</Year>",
                "<ReferenceDate>2027-03-31</ReferenceDate>", "<Sex>F</Sex>", "<CPPstartDate>2026-12-21</CPPstartDate>",
                "<ICPCnotRequired>true</ICPCnotRequired>", "<ReasonForClosure>RC7</ReasonForClosure>");
    }

    @Test
    void theReturnAsAnEpisodeStoodOn31March() {
        String ref = refer("Cat");
        ConferenceWalk.toPlan(this, ref, STRATEGY_DAY, CONFERENCE, LocalDate.of(2027, 3, 19));
        // The census year before this one: the referral came after its 31 March, so the child is not in it.
        assertThat(returns.forYear(2026).children()).noneMatch(c -> c.episodes().stream()
                .anyMatch(e -> e.caseReference().equals(ref)));
        assertThat(childOf(returns.forYear(YEAR), ref).episodes()).hasSize(1);
    }

    @Test
    void onlyServiceManagersGetTheReturnAndEachDownloadIsAudited() throws Exception {
        long before = audit.findAll().stream()
                .filter(a -> a.getAction() == AccessAudit.Action.READ_CENSUS_RETURN).count();
        mvc.perform(signedIn(TestStaff.SERVICE_MANAGER, get("/api/census/" + YEAR))).andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(YEAR))
                .andExpect(jsonPath("$.lea").value("999"))
                .andExpect(jsonPath("$.referenceDate").value("2027-03-31"));
        mvc.perform(signedIn(TestStaff.SERVICE_MANAGER, get("/api/census/" + YEAR + "/return.xml")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"CIN_census_999_2027.xml\""));
        mvc.perform(signedIn(TestStaff.SERVICE_MANAGER, get("/api/census/" + YEAR + "/breaks.csv")))
                .andExpect(status().isOk());
        assertThat(audit.findAll().stream().filter(a -> a.getAction() == AccessAudit.Action.READ_CENSUS_RETURN
                && a.getUserId().equals(TestStaff.SERVICE_MANAGER) && a.getCaseReference().equals("CIN census 2027")))
                .hasSizeGreaterThan((int) before);
        for (String user : new String[] {TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, TestStaff.CHAIR,
                TestStaff.ADMINISTRATOR}) {
            mvc.perform(signedIn(user, get("/api/census/" + YEAR + "/return.xml"))).andExpect(status().isForbidden());
            mvc.perform(signedIn(user, get("/api/census/" + YEAR))).andExpect(status().isForbidden());
        }
        mvc.perform(signedIn(TestStaff.SERVICE_MANAGER, get("/api/census/2013"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.year").value("must be a census year from 2014 to 2027, named by the "
                        + "year it ends on 31 March, like 2027"));
        mvc.perform(signedIn(TestStaff.SERVICE_MANAGER, get("/api/census/next/return.xml")))
                .andExpect(status().isBadRequest());
    }
}
