package uk.gov.childprotection.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import uk.gov.childprotection.calendar.TimescaleSettings;
import uk.gov.childprotection.calendar.WorkingDayCalendar;

/** When a copy counts as received, and the parent's five working days to ask for changes counted from then. */
class CopyReceiptTest {

    private static CopyReceipt receipt(Map<String, String> settings) {
        TimescaleSettings timescales = new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("cpc.timescales", TimescaleSettings.class);
        return new CopyReceipt(new WorkingDayCalendar(), timescales);
    }

    private final CopyReceipt defaults = receipt(Map.of());

    @Test
    void anEmailIsReceivedTheDayItIsSent() {
        LocalDate monday = LocalDate.of(2026, 12, 21);
        assertThat(defaults.receivedOn(Delivery.Status.SENT, monday)).isEqualTo(monday);
        assertThat(defaults.receivedOn(Delivery.Status.MAIL_SWITCHED_OFF, monday)).isEqualTo(monday);
        // Five working days across Christmas Day and the Boxing Day substitute: Wednesday 30 December.
        assertThat(defaults.lastDayToAskForChanges(monday)).isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    void aCopyPostedOnTheFridayBeforeTheMayBankHolidayArrivesOnWednesdayAndMayBeQueriedUntilTheNextWednesday() {
        LocalDate friday = LocalDate.of(2027, 4, 30);
        LocalDate received = defaults.receivedOn(Delivery.Status.POSTED, friday);
        // Monday 3 May 2027 is the early May bank holiday: Tuesday 4 is the first working day in the post.
        assertThat(received).isEqualTo(LocalDate.of(2027, 5, 5));
        LocalDate lastDay = defaults.lastDayToAskForChanges(received);
        assertThat(lastDay).as("day 5 after receipt").isEqualTo(LocalDate.of(2027, 5, 12));
        assertThat(lastDay.plusDays(1)).as("day 6, refused").isEqualTo(LocalDate.of(2027, 5, 13));
        assertThat(defaults.lastDayToAskForChanges(friday)).as("counted from posting it would end two days sooner")
                .isEqualTo(LocalDate.of(2027, 5, 10));
    }

    @Test
    void aCopyPostedOnChristmasEveCountsAsReceivedAfterTheHolidays() {
        assertThat(defaults.receivedOn(Delivery.Status.POSTED, LocalDate.of(2026, 12, 24)))
                .isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    void theDaysInThePostAreTheCouncilsSetting() {
        CopyReceipt firstClass = receipt(Map.of("cpc.timescales.postal-delivery-working-days", "1"));
        assertThat(firstClass.receivedOn(Delivery.Status.POSTED, LocalDate.of(2027, 4, 30)))
                .isEqualTo(LocalDate.of(2027, 5, 4));
        CopyReceipt handedOver = receipt(Map.of("cpc.timescales.postal-delivery-working-days", "0"));
        assertThat(handedOver.receivedOn(Delivery.Status.POSTED, LocalDate.of(2027, 4, 30)))
                .isEqualTo(LocalDate.of(2027, 4, 30));
    }
}
