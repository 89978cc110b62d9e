package uk.gov.childprotection.notification;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.calendar.TimescaleSettings;
import uk.gov.childprotection.calendar.WorkingDayCalendar;

/**
 * When a participant counts as having received their copy, and so until when a parent may ask for changes to the
 * record (the leaflet: five working days "of receiving them"). An email is received the day it is sent; a posted
 * copy a setting number of working days after posting (postal-delivery-working-days, 2 by default: second class,
 * or first class with a day's margin), so a parent does not lose the days the copy spends in the post.
 */
@Component
public class CopyReceipt {

    private final WorkingDayCalendar calendar;
    private final TimescaleSettings timescales;

    public CopyReceipt(WorkingDayCalendar calendar, TimescaleSettings timescales) {
        this.calendar = calendar;
        this.timescales = timescales;
    }

    /** The day a copy sent (emailed, logged with mail off, or posted) on {@code sentOn} counts as received. */
    public LocalDate receivedOn(Delivery.Status how, LocalDate sentOn) {
        return how == Delivery.Status.POSTED
                ? calendar.addWorkingDays(sentOn, timescales.postalDeliveryWorkingDays()) : sentOn;
    }

    /** The last day a parent who received the record on {@code received} may ask for changes. */
    public LocalDate lastDayToAskForChanges(LocalDate received) {
        return calendar.addWorkingDays(received, timescales.amendmentRequestWorkingDays());
    }
}
