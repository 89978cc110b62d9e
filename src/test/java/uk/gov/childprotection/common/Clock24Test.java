package uk.gov.childprotection.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class Clock24Test {

    @Test
    void takesATimeAsPeopleTypeItOnTheTwentyFourHourClock() {
        assertThat(Clock24.parse("09:30")).isEqualTo(LocalTime.of(9, 30));
        assertThat(Clock24.parse("9:30")).isEqualTo(LocalTime.of(9, 30));
        assertThat(Clock24.parse("9.30")).isEqualTo(LocalTime.of(9, 30));
        assertThat(Clock24.parse(" 14:00 ")).isEqualTo(LocalTime.of(14, 0));
        assertThat(Clock24.parse("23:59")).isEqualTo(LocalTime.of(23, 59));
    }

    @Test
    void refusesWhatIsNotATimeOfDay() {
        assertThat(Clock24.parse("24:00")).isNull();
        assertThat(Clock24.parse("9:60")).isNull();
        assertThat(Clock24.parse("9.3")).isNull();
        assertThat(Clock24.parse("2pm")).isNull();
        assertThat(Clock24.parse("")).isNull();
        assertThat(Clock24.parse(null)).isNull();
    }

    @Test
    void writesEveryTimeWithTwoDigitsEachSide() {
        assertThat(Clock24.format(LocalTime.of(9, 5))).isEqualTo("09:05");
        assertThat(Clock24.format(Clock24.parse("9.30"))).isEqualTo("09:30");
    }
}
