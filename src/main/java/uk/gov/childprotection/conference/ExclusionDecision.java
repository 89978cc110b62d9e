package uk.gov.childprotection.conference;

/** The Chair's decision on a request to exclude a parent. */
public enum ExclusionDecision { NOT_EXCLUDED, EXCLUDED_FROM_PART, EXCLUDED_FROM_WHOLE }
