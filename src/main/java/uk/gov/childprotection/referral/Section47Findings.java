package uk.gov.childprotection.referral;

import java.time.LocalDate;

/** What the social worker records at the end of a Section 47 enquiry. */
public record Section47Findings(LocalDate childSeenDate, String findings, Section47Outcome outcome,
        LocalDate completedDate) {
}
