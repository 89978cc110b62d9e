package uk.gov.childprotection.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A date typed the UK way into day, month and year boxes is read as that date, or refused in words. */
class DayMonthYearTest {

    private static FormValues form(Object day, Object month, Object year, Problems problems) {
        Map<String, Object> values = new HashMap<>();
        values.put("dobDay", day);
        values.put("dobMonth", month);
        values.put("dobYear", year);
        return FormValues.of(values, problems);
    }

    @Test
    void fourteenThreeTwentyNineteenIsTheFourteenthOfMarch() {
        Problems problems = new Problems();
        assertThat(form(14L, 3L, 2019L, problems).date("dob")).isEqualTo(LocalDate.of(2019, 3, 14));
        assertThat(form("14", "03", "2019", problems).date("dob")).isEqualTo(LocalDate.of(2019, 3, 14));
        assertThat(form(14.0, 3.0, 2019.0, problems).date("dob")).isEqualTo(LocalDate.of(2019, 3, 14));
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void aDateThatDoesNotExistIsRefusedNotRolledOver() {
        Problems problems = new Problems();
        assertThat(form(31L, 2L, 2027L, problems).date("dob")).isNull();
        assertThat(problems.fieldErrors()).containsEntry("dob", "must be a real date: there is no day 31 in month 2");
        Problems month = new Problems();
        assertThat(form(3L, 14L, 2019L, month).date("dob")).as("14/03 typed month first").isNull();
        assertThat(month.fieldErrors().get("dob")).contains("months are 1 to 12");
    }

    @Test
    void aMissingBoxANonNumberAndATwoDigitYearAreEachSaidInWords() {
        Problems missing = new Problems();
        assertThat(form(14L, null, "", missing).date("dob")).isNull();
        assertThat(missing.fieldErrors()).containsEntry("dob", "must include a month and a year");
        Problems words = new Problems();
        form("fourteenth", 3L, 2019L, words).date("dob");
        assertThat(words.fieldErrors()).containsEntry("dob", "must be a real date, in numbers, for example 14 3 2019");
        Problems shortYear = new Problems();
        form(14L, 3L, 19L, shortYear).date("dob");
        assertThat(shortYear.fieldErrors()).containsEntry("dob", "the year must have 4 numbers, for example 2019");
    }

    @Test
    void threeEmptyBoxesAreNoDateAndARequiredOneSaysSo() {
        Problems problems = new Problems();
        assertThat(form(null, null, null, problems).requiredDate("dob", "The date of birth")).isNull();
        assertThat(problems.fieldErrors()).containsEntry("dob", "The date of birth is required");
    }

    @Test
    void anApiClientsIsoDateStillReads() {
        Problems problems = new Problems();
        assertThat(FormValues.of(Map.of("dob", "2019-03-14"), problems).date("dob"))
                .isEqualTo(LocalDate.of(2019, 3, 14));
    }

    @Test
    void aRefusalNamesEachFieldByItsLabel() {
        InvalidSubmissionException refusal = new InvalidSubmissionException(
                new java.util.LinkedHashMap<>(Map.of("dob", "must be a real date: there is no day 31 in month 2")));
        refusal.labelled(key -> key.equals("dob") ? "Date of birth" : key);
        assertThat(refusal.inWords())
                .isEqualTo("Please correct: Date of birth: must be a real date: there is no day 31 in month 2");
        InvalidSubmissionException already = InvalidSubmissionException.of("police", "Who took part for the police is required");
        already.labelled(key -> "Who took part for the police");
        assertThat(already.inWords()).isEqualTo("Please correct: Who took part for the police is required");
    }
}
