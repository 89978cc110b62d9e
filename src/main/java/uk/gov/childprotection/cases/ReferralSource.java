package uk.gov.childprotection.cases;

public enum ReferralSource { POLICE, HEALTH, SCHOOL, LOCAL_AUTHORITY, INDIVIDUAL, ANONYMOUS, OTHER }
