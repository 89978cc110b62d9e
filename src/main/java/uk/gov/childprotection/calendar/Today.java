package uk.gov.childprotection.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * "Today" as the process engine sees it. Domain rules and timers read the same clock, so a test that moves the
 * engine's clock moves the whole system, and every date is taken in England's time zone.
 */
@Component
public class Today {

    public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    public LocalDate date() {
        return ClockUtil.getCurrentTime().toInstant().atZone(ENGLAND).toLocalDate();
    }

    public ZonedDateTime now() {
        return ClockUtil.getCurrentTime().toInstant().atZone(ENGLAND);
    }

    /** The start of the given day in England, as the engine's timers and due dates want it. */
    public static Date startOf(LocalDate date) {
        return Date.from(date.atStartOfDay(ENGLAND).toInstant());
    }

    /** The end of a working day (17:00 in England): a task due "on" a date is due by then. */
    public static Date endOfWorkingDay(LocalDate date) {
        return Date.from(date.atTime(17, 0).atZone(ENGLAND).toInstant());
    }
}
