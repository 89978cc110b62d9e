package uk.gov.childprotection.feedback;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.childprotection.common.InvalidSubmissionException;

/** The service managers' view of what families said after their conferences, for a period, without names. */
@RestController
class FeedbackController {

    private final FeedbackService feedback;

    FeedbackController(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @GetMapping("/api/feedback")
    FeedbackService.Summary summary(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (from == null || to == null) {
            throw InvalidSubmissionException.of(from == null ? "from" : "to",
                    "give the first and the last day of the period");
        }
        if (to.isBefore(from)) {
            throw InvalidSubmissionException.of("to", "must be on or after the first day of the period");
        }
        if (from.plusYears(5).isBefore(to)) {
            throw InvalidSubmissionException.of("to", "a period is at most five years");
        }
        return feedback.summary(from, to);
    }
}
