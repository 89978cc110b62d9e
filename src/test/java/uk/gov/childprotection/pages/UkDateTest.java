package uk.gov.childprotection.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The three boxes of a UK date: a date is never silently read as another one. */
class UkDateTest {

    @Test
    void dayMonthYearIsTheDateAPersonMeant() {
        assertThat(new UkDate("14", "03", "2019").read("the date of birth").date()).isEqualTo(LocalDate.of(2019, 3, 14));
        assertThat(new UkDate(" 1", "2 ", "2026").read("the date of birth").date()).isEqualTo(LocalDate.of(2026, 2, 1));
    }

    @Test
    void whatIsNotADateIsRefusedInWords() {
        assertThat(new UkDate("", "", "").read("the date of birth").problem()).isEqualTo("Enter the date of birth");
        assertThat(new UkDate("14", "", "").read("the date of birth").problem())
                .isEqualTo("The date of birth must include a month and a year");
        assertThat(new UkDate("31", "2", "2026").read("the date of birth").problem())
                .isEqualTo("The date of birth must be a real date");
        assertThat(new UkDate("14", "13", "2019").read("the date of birth").problem())
                .isEqualTo("The date of birth must be a real date");
        assertThat(new UkDate("14", "3", "19").read("the date of birth").problem())
                .startsWith("The date of birth must be a real date, with the year in 4 digits");
        assertThat(new UkDate("14th", "March", "2019").read("the date of birth").date()).isNull();
    }
}
