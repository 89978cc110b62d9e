package uk.gov.childprotection.referral;

import java.time.LocalDate;

/** What the social worker records of a strategy discussion. */
public record StrategyDiscussionRecord(LocalDate date, String socialCare, String police, String health,
        String others, StrategyDecision decision, String rationale) {
}
