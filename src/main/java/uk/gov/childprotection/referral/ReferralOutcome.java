package uk.gov.childprotection.referral;

/** Where the referral leads; the lifecycle process branches on it (variable {@code referralOutcome}). */
public enum ReferralOutcome { NO_FURTHER_ACTION, CHILD_IN_NEED, INITIAL_CONFERENCE }
