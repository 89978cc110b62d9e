package uk.gov.childprotection.complaint;

import java.time.LocalDate;

/**
 * The complaint timescale of seed 003: a formal complaint is made within 28 days (setting complaint-days) of the
 * conference it is about. Calendar days, as the leaflet says; a complaint that comes later is still recorded,
 * with the fact that it was late.
 */
public final class ComplaintRules {

    private ComplaintRules() {
    }

    /** The last day a formal complaint about a conference held on this day is in time. */
    public static LocalDate lastDayInTime(LocalDate conferenceHeld, int complaintDays) {
        return conferenceHeld.plusDays(complaintDays);
    }

    /** Whether a complaint received on this day came after the last day in time. */
    public static boolean late(LocalDate received, LocalDate conferenceHeld, int complaintDays) {
        return received.isAfter(lastDayInTime(conferenceHeld, complaintDays));
    }
}
