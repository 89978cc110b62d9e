package uk.gov.childprotection.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What is kept of an answer: the month it came in, never the day, which could match it to the letter's person. */
class FeedbackAnswerTest {

    @Test
    void onlyTheMonthIsKept() {
        FeedbackAnswer answer = new FeedbackAnswer("INITIAL", FeedbackAnswer.Respondent.PARENT,
                LocalDate.of(2026, 12, 23), FeedbackAnswer.Choice.YES, null, null, null, null, null);
        assertThat(answer.getAnsweredInMonth()).isEqualTo(LocalDate.of(2026, 12, 1));
    }
}
