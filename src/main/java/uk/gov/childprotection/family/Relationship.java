package uk.gov.childprotection.family;

public enum Relationship { MOTHER, FATHER, STEP_PARENT, CARER, GUARDIAN, OTHER }
