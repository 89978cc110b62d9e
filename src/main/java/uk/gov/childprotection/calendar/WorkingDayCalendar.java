package uk.gov.childprotection.calendar;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Working days in England: Monday to Friday, less the bank holidays of England and Wales. Jollyday's region
 * {@code eng} of the UK calendar gives Easter Monday and the August bank holiday, and its actual (substitute)
 * dates give the Monday off when Christmas or Boxing Day falls at a weekend.
 */
@Component
public class WorkingDayCalendar {

    private static final String ENGLAND = "eng";

    private final HolidayManager holidays =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    private final Map<Integer, Set<LocalDate>> bankHolidaysByYear = new ConcurrentHashMap<>();

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isBankHoliday(date);
    }

    public boolean isBankHoliday(LocalDate date) {
        return bankHolidays(date.getYear()).contains(date);
    }

    /** The date that is {@code workingDays} working days after {@code from} (from itself does not count). */
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        if (workingDays < 0) {
            return subtractWorkingDays(from, -workingDays);
        }
        LocalDate date = from;
        for (int counted = 0; counted < workingDays; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** The date that is {@code workingDays} working days before {@code from}. */
    public LocalDate subtractWorkingDays(LocalDate from, int workingDays) {
        LocalDate date = from;
        for (int counted = 0; counted < workingDays; ) {
            date = date.minusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    /** The date itself when it is a working day, otherwise the next working day. */
    public LocalDate onOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : addWorkingDays(date, 1);
    }

    /** The date itself when it is a working day, otherwise the working day before it. */
    public LocalDate onOrBefore(LocalDate date) {
        return isWorkingDay(date) ? date : subtractWorkingDays(date, 1);
    }

    /**
     * The one rule for every due date counted in weeks or months ("at least every 6 weeks", "within 3 months",
     * "10 weeks before the expected date"): the day that count lands on, brought back to the working day before
     * when it is a weekend or a bank holiday, so the thing is done by then and never later than the count allows.
     * A negative period counts back from {@code from}.
     */
    public LocalDate dueAfter(LocalDate from, Period period) {
        return onOrBefore(from.plus(period));
    }

    private Set<LocalDate> bankHolidays(int year) {
        return bankHolidaysByYear.computeIfAbsent(year, y -> holidays.getHolidays(Year.of(y), ENGLAND).stream()
                .map(holiday -> holiday.getObservedDate().orElse(holiday.getDate()))
                .collect(Collectors.toUnmodifiableSet()));
    }
}
