package uk.gov.childprotection.referral;

/** What a strategy discussion decides. */
public enum StrategyDecision { NO_FURTHER_ACTION, CHILD_IN_NEED, SECTION_47 }
