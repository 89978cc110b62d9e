package uk.gov.childprotection.conference;

public enum ConferenceStatus { TO_BE_BOOKED, BOOKED, INVITED, HELD, RELISTED }
