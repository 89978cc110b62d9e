package uk.gov.childprotection.cases;

public enum Gender { FEMALE, MALE, NOT_KNOWN }
