package uk.gov.childprotection.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static uk.gov.childprotection.census.CensusReturnSpec.d;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.childprotection.census.CensusReturnSpec.EpisodeSpec;

/**
 * Each DfE rule the product checks, against a child who breaks it and children who do not: the prepared child
 * breaks none, and each change below breaks the one rule named (and is caught by it, with the values).
 */
class CensusRulesTest {

    private static final uk.gov.childprotection.calendar.WorkingDayCalendar CALENDAR =
            new uk.gov.childprotection.calendar.WorkingDayCalendar();

    private static List<CensusRules.Break> check(Consumer<CensusReturnSpec> change) {
        CensusReturnSpec spec = new CensusReturnSpec();
        change.accept(spec);
        return CensusRules.check(spec.build(), CALENDAR);
    }

    private static List<String> rulesBroken(Consumer<CensusReturnSpec> change) {
        return check(change).stream().map(CensusRules.Break::rule).distinct().toList();
    }

    private static Arguments breaks(String rule, Consumer<CensusReturnSpec> change) {
        return arguments(rule, change);
    }

    static Stream<Arguments> breakingChildren() {
        return Stream.of(
                breaks("1510", s -> s.child().upn = "B123456789012"),
                breaks("4220", s -> s.child().ethnicity = null),
                breaks("8525Q", s -> s.child().expectedBirthDate = d("2027-05-01")),
                breaks("8535Q", s -> s.child().deathDate = d("2017-01-01")),
                breaks("8540", s -> s.child().disabilities.clear()),
                breaks("8545Q", s -> s.child().deathDate = d("2026-03-30")),
                breaks("8750", s -> {
                    s.child().birthDate = null;
                    s.child().expectedBirthDate = d("2027-05-01");
                }),
                breaks("4180", s -> s.child().sex = "2"),
                breaks("8772", s -> {
                    s.child().upn = null;
                    s.child().upnUnknown = "UN7";
                }),
                breaks("8790", s -> s.child().disabilities.add("HEAR")),
                breaks("8555Q", s -> s.child().deathDate = d("2026-05-01")),
                breaks("8600", s -> s.episode().referralDate = null),
                breaks("8606", s -> {
                    s.child().birthDate = null;
                    s.child().expectedBirthDate = d("2027-03-01");
                    s.child().sex = "U";
                }),
                breaks("8610", s -> s.episode().primaryNeed = null),
                breaks("8650", s -> s.episode().primaryNeed = "N10"),
                breaks("8866", s -> s.episode().referralSource = null),
                breaks("8815", s -> {
                    s.episode().closureDate = null;
                    s.episode().reasonForClosure = null;
                    EpisodeSpec second = new EpisodeSpec("CP-2027-00002");
                    second.referralDate = d("2027-03-10");
                    second.closureDate = null;
                    second.reasonForClosure = null;
                    second.section47s.clear();
                    second.dateOfInitialCpc = null;
                    second.plans.clear();
                    second.cinPlans.clear();
                    second.assessments.clear();
                    s.child().episodes.add(second);
                }),
                breaks("8816", s -> {
                    s.episode().closureDate = null;
                    s.episode().reasonForClosure = null;
                    s.child().episodes.add(EpisodeSpec.noFurtherAction("CP-2027-00002", d("2027-03-10")));
                }),
                breaks("8820", s -> s.child().episodes.add(EpisodeSpec.noFurtherAction("CP-2027-00002",
                        d("2026-12-01")))),
                breaks("8831", s -> s.episode().referralNfa = true),
                breaks("8825Q", s -> {
                    s.episode().reasonForClosure = "RC8";
                    s.episode().assessments.clear();
                    s.episode().section47s.clear();
                    s.episode().plans.clear();
                    s.episode().cinPlans.clear();
                    s.episode().dateOfInitialCpc = null;
                }),
                breaks("8867", s -> s.episode().assessment(new CensusReturn.Assessment(d("2026-05-05"), null,
                        List.of()))),
                breaks("2991Q", s -> s.episode().assessments.clear()),
                breaks("8868", s -> s.episode().section47(new CensusReturn.Section47(d("2026-05-05"),
                        d("2026-05-26"), d("2026-05-20"), true))),
                breaks("8565", s -> s.episode().cinPlan(new CensusReturn.CinPlan(d("2026-11-20"),
                        d("2027-03-05")))),
                breaks("8585Q", s -> s.episode().reasonForClosure = "RC2"),
                breaks("8620", s -> {
                    s.episode().referralDate = d("2025-05-04");
                    s.episode().closureDate = d("2026-03-20");
                    s.episode().assessments.clear();
                    s.episode().section47s.clear();
                    s.episode().plans.clear();
                    s.episode().cinPlans.clear();
                    s.episode().dateOfInitialCpc = null;
                }),
                breaks("8630", s -> s.episode().closureDate = d("2026-05-01")),
                breaks("8805", s -> s.episode().reasonForClosure = null),
                breaks("8810", s -> s.episode().closureDate = null),
                breaks("2990", s -> s.episode().reasonForClosure = "RC8"),
                breaks("8840", s -> s.episode().plan(plan("2026-05-20", "2026-05-20"))),
                // The assessment.
                breaks("1103", s -> s.episode().assessment(assessment("2026-05-01", "2026-06-10", "16A"))),
                breaks("8608", s -> s.episode().assessment(assessment("2026-05-05", "2026-05-04", "16A"))),
                breaks("8614", s -> s.episode().assessment(assessment("2026-05-05", null, "16A"))),
                breaks("8670Q", s -> {
                    open(s);
                    s.episode().assessment(assessment("2026-05-05", null));
                }),
                breaks("8696", s -> s.episode().assessment(assessment("2026-03-10", "2026-03-20", "16A"))),
                breaks("8736", s -> {
                    open(s);
                    s.episode().assessment(assessment("2026-03-20", null));
                }),
                breaks("8863Q", s -> s.episode().assessments.add(assessment("2026-05-10", "2026-05-20", "16A"))),
                breaks("8869", s -> s.episode().assessment(assessment("2026-05-05", "2026-06-10", "21", "16A"))),
                breaks("8873Q", s -> s.episode().assessment(assessment("2026-05-05", "2026-06-10", "21"))),
                breaks("8896", s -> {
                    open(s);
                    s.episode().assessment(assessment("2026-05-05", null));
                    s.episode().assessments.add(assessment("2026-06-01", null));
                }),
                breaks("8897Q", s -> s.episode().assessment(assessment("2026-05-05", "2026-06-10"))),
                breaks("8898", s -> s.episode().assessment(assessment("2026-05-05", "2026-06-10", "16A", "16A"))),
                // CIN plans.
                breaks("4000", s -> s.episode().referralNfa = true),
                breaks("4001", s -> {
                    s.episode().plan(plan("2026-05-20", null));
                    s.episode().cinPlan(cinPlan("2026-11-20", null));
                }),
                breaks("4003", s -> s.episode().plan(new CensusReturn.ProtectionPlan(d("2026-05-20"),
                        d("2026-11-20"), "NEG", "NEG", 0, List.of(d("2026-08-19"), d("2026-12-01"))))),
                breaks("4004", s -> {
                    s.episode().cinPlan(cinPlan("2026-11-20", null));
                    s.episode().cinPlans.add(cinPlan("2026-12-01", null));
                }),
                breaks("4008", s -> s.child().deathDate = d("2026-11-01")),
                breaks("4009Q", s -> s.child().deathDate = d("2027-01-01")),
                breaks("4010", s -> s.episode().cinPlan(cinPlan(null, "2027-02-26"))),
                breaks("4011", s -> s.episode().cinPlan(cinPlan("2026-11-20", "2026-11-19"))),
                breaks("4012Q", s -> s.episode().cinPlan(cinPlan("2026-11-20", "2026-11-20"))),
                breaks("4013", s -> s.episode().cinPlan(cinPlan("2026-11-20", "2027-04-02"))),
                breaks("4014", s -> s.episode().cinPlans.add(cinPlan("2027-01-10", "2027-02-01"))),
                breaks("4015", s -> s.episode().cinPlan(cinPlan("2026-05-01", "2026-05-19"))),
                breaks("4016", s -> s.episode().cinPlan(cinPlan("2026-06-01", "2026-07-01"))),
                breaks("4017", s -> s.episode().cinPlan(cinPlan("2026-05-10", "2026-06-01"))),
                // The Section 47 enquiry and the initial conference.
                breaks("1104", s -> s.episode().section47(section47("2026-05-05", "2026-05-01"))),
                breaks("2884", s -> s.episode().dateOfInitialCpc = d("2026-05-20")),
                breaks("2889", s -> s.episode().section47(section47("2026-05-01", "2026-05-20"))),
                breaks("8615", s -> s.episode().section47(section47("2026-05-21", "2026-05-20"))),
                breaks("8675Q", s -> {
                    open(s);
                    s.episode().section47(section47("2026-05-05", null));
                }),
                breaks("8715", s -> s.episode().section47(section47("2026-05-05", "2027-04-06"))),
                breaks("8740", s -> {
                    open(s);
                    s.episode().section47(section47("2026-03-10", null));
                }),
                breaks("8839", s -> {
                    open(s);
                    s.episode().section47(section47("2026-05-05", null));
                    s.episode().section47s.add(section47("2026-06-05", null));
                }),
                breaks("8870Q", s -> s.episode().section47(new CensusReturn.Section47(d("2026-05-05"),
                        d("2026-05-23"), d("2026-05-20"), false))),
                breaks("8875", s -> s.episode().section47(section47("2026-05-05", "2026-05-23"))),
                breaks("8890", s -> s.episode().section47s.add(section47("2026-05-10", "2026-05-20"))),
                // Child protection plans.
                breaks("1105", s -> s.episode().plan(plan("2026-05-01", "2026-11-20"))),
                breaks("2885", s -> s.episode().plan(plan("2026-05-21", "2026-11-20"))),
                breaks("8720", s -> s.episode().plan(plan(null, "2026-11-20"))),
                breaks("8730", s -> s.episode().plan(new CensusReturn.ProtectionPlan(d("2026-05-20"),
                        d("2026-11-20"), "NEG", "NEG", -1, List.of()))),
                breaks("8832", s -> s.episode().referralNfa = true),
                breaks("8841", s -> s.episode().plan(new CensusReturn.ProtectionPlan(d("2026-05-20"),
                        d("2026-11-20"), "NEG", "NEG", 0, List.of(d("2026-05-20"))))),
                breaks("8905", s -> s.episode().plan(new CensusReturn.ProtectionPlan(d("2026-05-20"),
                        d("2026-11-20"), "NEGLECT", "NEG", 0, List.of()))),
                breaks("8910", s -> s.episode().plan(new CensusReturn.ProtectionPlan(d("2026-05-20"),
                        d("2026-11-20"), "NEG", null, 0, List.of()))),
                breaks("8915", s -> s.child().deathDate = d("2026-05-10")),
                breaks("8920", s -> s.child().deathDate = d("2026-10-01")),
                breaks("8925", s -> s.episode().plan(plan("2026-05-20", "2026-05-19"))),
                breaks("8930", s -> s.episode().plan(plan("2026-05-20", "2027-04-05"))),
                breaks("8935", s -> {
                    s.episode().plan(plan("2026-05-20", null));
                    s.episode().plans.add(plan("2026-06-01", null));
                }),
                breaks("8940", s -> s.episode().plans.add(plan("2026-06-01", "2026-07-01"))));
    }

    /** The episode still open on 31 March: no closure yet. */
    private static void open(CensusReturnSpec s) {
        s.episode().closureDate = null;
        s.episode().reasonForClosure = null;
    }

    private static CensusReturn.ProtectionPlan plan(String start, String end) {
        return new CensusReturn.ProtectionPlan(start == null ? null : d(start), end == null ? null : d(end), "NEG",
                "NEG", 0, List.of());
    }

    private static CensusReturn.CinPlan cinPlan(String start, String end) {
        return new CensusReturn.CinPlan(start == null ? null : d(start), end == null ? null : d(end));
    }

    private static CensusReturn.Section47 section47(String start, String icpc) {
        return new CensusReturn.Section47(d(start), d("2026-05-26"), icpc == null ? null : d(icpc), false);
    }

    private static CensusReturn.Assessment assessment(String start, String authorised, String... factors) {
        return new CensusReturn.Assessment(d(start), authorised == null ? null : d(authorised), List.of(factors));
    }

    @Test
    void thePreparedChildBreaksNoRule() {
        assertThat(check(s -> { })).isEmpty();
    }

    @ParameterizedTest(name = "rule {0}")
    @MethodSource("breakingChildren")
    void eachRuleCatchesTheChildWhoBreaksIt(String rule, Consumer<CensusReturnSpec> change) {
        List<CensusRules.Break> breaks = check(change);
        assertThat(breaks).extracting(CensusRules.Break::rule).contains(rule);
        CensusRules.Break found = breaks.stream().filter(b -> b.rule().equals(rule)).findFirst().orElseThrow();
        assertThat(found.laChildId()).isEqualTo("1");
        assertThat(found.childName()).isEqualTo("Child 1");
        assertThat(found.values()).as("the values that break it").isNotBlank();
        assertThat(found.message()).isNotBlank();
    }

    @Test
    void everyRuleTheProductChecksHasAChildWhoBreaksItHere() {
        assertThat(breakingChildren().map(a -> (String) a.get()[0]).toList())
                .containsExactlyInAnyOrderElementsOf(CensusRules.RULES.stream().map(CensusRules.Rule::code).toList());
    }

    @Test
    void rulesAreNamedByTheirDfeNumberOnce() {
        assertThat(CensusRules.RULES).extracting(CensusRules.Rule::code).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("\\d{4}Q?"));
        assertThat(CensusRules.RULES).filteredOn(r -> r.code().endsWith("Q"))
                .allMatch(r -> r.kind() == CensusRules.Kind.QUERY);
    }

    @Test
    void theValuesAreGivenByTheirDfeNamesWithDatesTheUkWay() {
        CensusRules.Break b = check(s -> s.episode().plan(plan("2026-05-20", "2026-05-20"))).get(0);
        assertThat(b.values()).isEqualTo("CPPstartDate 20 May 2026, CPPendDate 20 May 2026");
        assertThat(b.caseReference()).isEqualTo("CP-2026-00001");
        assertThat(b.kind()).isEqualTo(CensusRules.Kind.ERROR);
    }

    // Passing at the edges: what the DfE's text allows.

    @Test
    void aReferralExactly280DaysBeforeTheExpectedBirthPasses8606() {
        assertThat(rulesBroken(s -> {
            s.child().birthDate = null;
            s.child().expectedBirthDate = d("2026-05-04").plusDays(280);
            s.child().sex = "U";
            s.child().disabilities.clear();
        })).doesNotContain("8606");
    }

    @Test
    void episodesThatMeetOnADayDoNotOverlap() {
        assertThat(rulesBroken(s -> s.child().episodes.add(EpisodeSpec.noFurtherAction("CP-2027-00002",
                d("2027-03-01"))))).doesNotContain("8820");
    }

    @Test
    void anOpenEpisodeReferredTheSameDayAsAnotherIsStillTheLatest() {
        assertThat(rulesBroken(s -> {
            s.episode().closureDate = null;
            s.episode().reasonForClosure = null;
            s.child().episodes.add(EpisodeSpec.noFurtherAction("CP-2026-00002", d("2026-05-04")));
        })).doesNotContain("8816");
    }

    @Test
    void aDeathOnTheDayOfTheReferralPasses8555() {
        assertThat(rulesBroken(s -> s.child().deathDate = d("2026-05-04"))).doesNotContain("8555Q", "8535Q",
                "8545Q");
    }

    @Test
    void anEnquiryThatFoundNoConferenceNeededPasses8868() {
        assertThat(rulesBroken(s -> s.episode().section47(new CensusReturn.Section47(d("2026-05-05"),
                d("2026-05-26"), null, true)))).doesNotContain("8868");
    }

    @Test
    void aNoFurtherActionChildNeedsNoDisabilityRecorded() {
        assertThat(rulesBroken(s -> {
            s.child().episodes.set(0, EpisodeSpec.noFurtherAction("CP-2026-00001", d("2026-05-04")));
            s.child().disabilities.clear();
        })).isEmpty();
    }
}
