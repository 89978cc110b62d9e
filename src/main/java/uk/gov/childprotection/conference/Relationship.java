package uk.gov.childprotection.conference;

public enum Relationship { MOTHER, FATHER, STEP_PARENT, CARER, GUARDIAN, OTHER }
