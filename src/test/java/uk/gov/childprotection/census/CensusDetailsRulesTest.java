package uk.gov.childprotection.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.childprotection.census.CensusService.CensusDetails;

/** What a person may record as census items, and each refusal in words by its field. */
class CensusDetailsRulesTest {

    private static final LocalDate BORN = LocalDate.of(2018, 2, 1);
    private static final LocalDate REFERRED = LocalDate.of(2026, 11, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static CensusDetails details(String upn, String upnUnknown, List<String> disabilities,
            LocalDate death, LocalDate start, LocalDate authorised, List<String> factors) {
        return new CensusDetails(upn, upnUnknown, "WBRI", disabilities, death, "2A", "N1", start, authorised,
                factors);
    }

    private static Map<String, String> problems(CensusDetails d) {
        return CensusService.problems(d, BORN, REFERRED, TODAY);
    }

    @Test
    void aFullRecordHasNoProblems() {
        assertThat(problems(details("A123456789012", null, List.of("NONE"), null, REFERRED.plusDays(1),
                REFERRED.plusDays(20), List.of("2B", "3A")))).isEmpty();
        assertThat(problems(new CensusDetails(null, null, null, null, null, null, null, null, null, null)))
                .as("nothing known yet: the return lists what is missing").isEmpty();
    }

    @Test
    void theNumberOrTheReasonItIsUnknownNotBoth() {
        assertThat(problems(details("A123456789012", "UN3", List.of(), null, null, null, List.of())))
                .containsEntry("upnUnknown", "Give the unique pupil number or the reason it is not known, not both");
        assertThat(problems(details(null, "UN9", List.of(), null, null, null, List.of())))
                .containsEntry("upnUnknown", "Choose the reason the unique pupil number is not known from the list");
        assertThat(problems(details(null, "UN7", List.of(), null, null, null, List.of()))).isEmpty();
    }

    @Test
    void codesOutsideTheDfeSetsAreRefused() {
        var d = new CensusDetails(null, null, "WHITE", List.of("MOB", "LEGS"), null, "11", "N10", null, null,
                List.of());
        assertThat(problems(d)).containsEntry("ethnicity", "Choose the child's ethnicity from the list")
                .containsEntry("disabilities", "Choose the child's disabilities from the list")
                .containsEntry("referralSource", "Choose who made the referral from the list")
                .containsEntry("primaryNeed", "Choose the child's primary need from the list");
    }

    @Test
    void noDisabilityOrDisabilitiesNotBoth() {
        assertThat(problems(details(null, null, List.of("NONE", "HEAR"), null, null, null, List.of())))
                .containsEntry("disabilities", "Choose \"No disability\" or the child's disabilities, not both");
    }

    @Test
    void aDateOfDeathIsNotInTheFutureNorBeforeBirth() {
        assertThat(problems(details(null, null, List.of(), TODAY.plusDays(1), null, null, List.of())))
                .containsEntry("dateOfDeath", "The date of death must be today or in the past");
        assertThat(problems(details(null, null, List.of(), BORN.minusDays(1), null, null, List.of())))
                .containsEntry("dateOfDeath", "The date of death must be on or after the date of birth");
        assertThat(problems(details(null, null, List.of(), BORN, null, null, List.of()))).isEmpty();
    }

    @Test
    void theAssessmentStartsOnOrAfterTheReferralAndIsAuthorisedAfterItStarts() {
        assertThat(problems(details(null, null, List.of(), null, REFERRED.minusDays(1), null, List.of())))
                .containsEntry("assessmentStart", "The date the assessment started must be on or after the "
                        + "referral, received on Monday 2 November 2026");
        assertThat(problems(details(null, null, List.of(), null, REFERRED, REFERRED.minusDays(1), List.of())))
                .containsEntry("assessmentAuthorised",
                        "The date the assessment was authorised must be on or after the date it started");
        assertThat(problems(details(null, null, List.of(), null, null, REFERRED, List.of())))
                .containsEntry("assessmentStart", "Enter the date the assessment started: it was authorised");
        assertThat(problems(details(null, null, List.of(), null, REFERRED, TODAY.plusDays(1), List.of())))
                .containsEntry("assessmentAuthorised",
                        "The date the assessment was authorised must be today or in the past");
    }

    @Test
    void factorsComeWithTheAuthorisationFromTheDfeListAndNoFactorsAlone() {
        assertThat(problems(details(null, null, List.of(), null, REFERRED, null, List.of("2B"))))
                .containsEntry("assessmentFactors", "Record the factors once the assessment is authorised, with the "
                        + "date it was authorised");
        assertThat(problems(details(null, null, List.of(), null, REFERRED, TODAY, List.of("18A"))))
                .as("18A is not a DfE factor code").containsEntry("assessmentFactors",
                        "Choose the factors identified from the list");
        assertThat(problems(details(null, null, List.of(), null, REFERRED, TODAY, List.of("21", "16A"))))
                .containsEntry("assessmentFactors", "Choose \"No factors identified\" or the factors, not both");
        assertThat(problems(details(null, null, List.of(), null, REFERRED, TODAY, List.of("24A", "8F"))))
                .isEmpty();
    }

    @Test
    void theReferralsOwnSourceSuggestsACensusCodeOnlyWhereItSaysWhich() {
        assertThat(CensusCodes.ReferralSource.suggestedFor(uk.gov.childprotection.cases.ReferralSource.POLICE))
                .isEqualTo("6");
        assertThat(CensusCodes.ReferralSource.suggestedFor(uk.gov.childprotection.cases.ReferralSource.SCHOOL))
                .isEqualTo("2A");
        assertThat(CensusCodes.ReferralSource.suggestedFor(uk.gov.childprotection.cases.ReferralSource.HEALTH))
                .as("a GP, a health visitor, A&E...: not guessed").isNull();
    }
}
