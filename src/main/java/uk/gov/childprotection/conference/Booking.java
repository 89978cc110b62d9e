package uk.gov.childprotection.conference;

import java.time.LocalDate;

/** When and where the conference meets, and who chairs it. */
public record Booking(LocalDate date, String time, String venue, String onlineLink, String chair, String notes) {
}
