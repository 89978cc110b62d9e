package uk.gov.childprotection.conference;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.TimescaleSettings;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.calendar.WorkingDayCalendar;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.cases.DeadlineKind;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.common.ConflictException;
import uk.gov.childprotection.common.Problems;

/**
 * A booked conference moved to another day (seed 002: "I can't make the Conference, can it be rearranged?"; the
 * Chair is ill): the booking's rules again, a reason and who asked, the household's children moved together, the
 * social worker's report date following the new day (unless the report has already gone), and what the new day
 * does to the statutory date. The statutory date itself never moves: an initial conference rearranged past it
 * is escalated as any late one is (the case's "Conference overdue" timer), and the record keeps why.
 */
@Service
@Transactional
public class ConferenceRearrangements {

    /** What the rearrangement did to the statutory date. */
    public record Effect(Rearrangement rearrangement, LocalDate statutoryDate, int workingDaysLate) {
    }

    private final ConferenceService conferences;
    private final RearrangementRepository rearrangements;
    private final DeadlineService deadlines;
    private final WorkingDayCalendar calendar;
    private final TimescaleSettings timescales;
    private final Today today;

    ConferenceRearrangements(ConferenceService conferences, RearrangementRepository rearrangements,
            DeadlineService deadlines, WorkingDayCalendar calendar, TimescaleSettings timescales, Today today) {
        this.conferences = conferences;
        this.rearrangements = rearrangements;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.timescales = timescales;
        this.today = today;
    }

    /**
     * Moves the conference (a household's: its meeting) to the new booking; the Chair stays unless another is
     * named. Refused with a message per field; nothing changes then.
     */
    public Effect rearrange(Long conferenceId, Booking requested, String reason, Rearrangement.AskedBy askedBy,
            String by, Problems problems) {
        Conference meeting = conferences.get(conferences.get(conferenceId).meetingId());
        if (meeting.getScheduledDate() == null) {
            throw new ConflictException("The conference is not booked yet: book it instead");
        }
        if (meeting.getHeldDate() != null || meeting.getStatus() == ConferenceStatus.HELD
                || meeting.getStatus() == ConferenceStatus.RELISTED) {
            throw new ConflictException("The conference was held on "
                    + DeadlineService.longDate(meeting.getHeldDate()) + ": it cannot be rearranged");
        }
        Booking booking = new Booking(requested.date(), requested.time(), requested.venue(),
                requested.onlineLink(), requested.chair() == null ? meeting.getChair() : requested.chair(),
                meeting.getBookingNotes());
        problems.check(reason != null && !reason.isBlank(), "reason", "say why the conference is rearranged");
        problems.check(askedBy != null, "askedBy", "say who asked for it to be rearranged");
        problems.check(booking.date() == null || !booking.date().equals(meeting.getScheduledDate())
                        || !java.util.Objects.equals(booking.chair(), meeting.getChair()), "conferenceDate",
                "is the day it is already booked for (" + DeadlineService.longDate(meeting.getScheduledDate())
                        + "): give the new day, or another Chair");
        List<Conference> household = conferences.checkBooking(meeting.getId(), booking, problems);
        // Parents attending separately keep their parts' places in the meeting, moved with its start.
        java.time.Duration shift = SeparatePart.between(meeting.getScheduledTime(), booking.time());
        java.util.Map<Participant, SeparatePart> movedParts = new java.util.LinkedHashMap<>();
        for (Participant p : conferences.participants(meeting.getId())) {
            if (p.getSeparatePart() != null) {
                SeparatePart moved = p.getSeparatePart().movedBy(shift);
                problems.check(moved != null, "conferenceTime", "starting at " + booking.time() + ", "
                        + p.getName() + "'s part of the conference would run past midnight: choose an earlier time");
                movedParts.put(p, moved);
            }
        }
        problems.throwIfAny();
        movedParts.forEach(Participant::moveSeparatePart);

        LocalDate statutory = meeting.getConferenceType() == ConferenceType.REVIEW ? meeting.getDueDate()
                : conferences.meetingDueDate(meeting.getId());
        int late = booking.date().isAfter(statutory) ? calendar.workingDaysBetween(statutory, booking.date()) : 0;
        Rearrangement saved = rearrangements.save(new Rearrangement(meeting.getId(), meeting, booking, reason.trim(),
                askedBy, statutory, late, by, today.now().toInstant()));
        LocalDate reportBy = calendar.subtractWorkingDays(booking.date(),
                timescales.socialWorkerReportWorkingDaysBefore());
        for (Conference child : household) {
            child.rearrange(booking);
            ChildProtectionCase aCase = conferences.caseOf(child);
            // The report already with the parents stays met; one still to go is due 3 working days before the new day.
            if (deadlines.findLatest(aCase, DeadlineKind.SOCIAL_WORKER_REPORT_TO_PARENTS)
                    .filter(d -> d.isOpen()).isPresent()) {
                deadlines.open(aCase, child.getId(), DeadlineKind.SOCIAL_WORKER_REPORT_TO_PARENTS, reportBy);
            }
        }
        return new Effect(saved, statutory, late);
    }

    @Transactional(readOnly = true)
    public List<Rearrangement> of(Long conferenceId) {
        return rearrangements.findByConferenceIdOrderById(conferences.get(conferenceId).meetingId());
    }

    /** "Held on X, the conference is N working days after its statutory date (Y)", or that it is in time. */
    public static String effectInWords(Effect effect, boolean review) {
        String newDay = DeadlineService.longDate(effect.rearrangement().getNewDate());
        String due = DeadlineService.longDate(effect.statutoryDate());
        if (effect.workingDaysLate() == 0) {
            return "On " + newDay + " the conference is still within its statutory date (" + due + ").";
        }
        return "On " + newDay + " the conference is " + effect.workingDaysLate() + " working day"
                + (effect.workingDaysLate() == 1 ? "" : "s") + " after its statutory date (" + due + ")"
                + (review ? ": the review is late, and the team manager is asked for the reason."
                        : ": it will be late, and when that date passes the team manager is asked for the reason.");
    }
}
