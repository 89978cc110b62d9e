package uk.gov.childprotection.conference;

import java.time.LocalTime;
import uk.gov.childprotection.common.Clock24;
import java.util.List;
import uk.gov.childprotection.common.Problems;

/**
 * A parent's own part of the conference, where there are issues of domestic abuse and parents are invited to
 * attend separately (seed 003). The professionals stay for the whole conference; each parent comes for their
 * part only, and their letter gives their part and no one else's.
 */
public record SeparatePart(LocalTime starts, LocalTime ends) {

    /** "10:00 to 11:00". */
    public String inWords() {
        return Clock24.format(starts) + " to " + Clock24.format(ends);
    }

    public String startsAt() {
        return Clock24.format(starts);
    }

    /**
     * The part at the same distance from a new start: {@code shift} later (or earlier); none when it would run
     * past midnight or start before the day does.
     */
    SeparatePart movedBy(java.time.Duration shift) {
        long from = starts.toSecondOfDay() / 60 + shift.toMinutes();
        long to = ends.toSecondOfDay() / 60 + shift.toMinutes();
        if (from < 0 || to >= 24 * 60) {
            return null;
        }
        return new SeparatePart(LocalTime.ofSecondOfDay(from * 60), LocalTime.ofSecondOfDay(to * 60));
    }

    /** From one start time to another ("10:00" to "14:30": 4h30m); none between times not on the 24-hour clock. */
    static java.time.Duration between(String oldTime, String newTime) {
        LocalTime from = Clock24.parse(oldTime);
        LocalTime to = Clock24.parse(newTime);
        return from == null || to == null ? java.time.Duration.ZERO : java.time.Duration.between(from, to);
    }

    boolean overlaps(SeparatePart other) {
        return starts.isBefore(other.ends) && other.starts.isBefore(ends);
    }

    /**
     * The rules for parents attending separately, checked when they are invited: once one parent has a part,
     * every parent or carer invited needs one (anyone without would be there for the whole conference, and so
     * meet them); no part starts before the conference does; and parts do not overlap, unless they are the same
     * part (parents the administrator invites to come together). Problems are reported on {@code parents}.
     */
    static void check(String conferenceTime, List<ParentInvitation> parents, Problems problems) {
        if (parents.stream().allMatch(p -> p.separatePart() == null)) {
            return;
        }
        List<String> without = parents.stream().filter(p -> p.separatePart() == null).map(ParentInvitation::name)
                .toList();
        problems.check(without.isEmpty(), "parents", "when parents attend separately, every parent or carer "
                + "invited needs their own part of the conference: give a part to " + String.join(", ", without));
        // The booking refused a start not on the 24-hour clock; none booked yet, no start to check against.
        LocalTime conferenceStarts = Clock24.parse(conferenceTime);
        for (int i = 0; i < parents.size(); i++) {
            SeparatePart part = parents.get(i).separatePart();
            if (part == null) {
                continue;
            }
            if (conferenceStarts != null && part.starts().isBefore(conferenceStarts)) {
                problems.add("parents", parents.get(i).name() + "'s part starts at " + part.startsAt()
                        + ", before the conference starts at " + conferenceTime);
            }
            for (int j = i + 1; j < parents.size(); j++) {
                SeparatePart other = parents.get(j).separatePart();
                if (other != null && !other.equals(part) && part.overlaps(other)) {
                    problems.add("parents", parents.get(i).name() + "'s part (" + part.inWords() + ") overlaps "
                            + parents.get(j).name() + "'s (" + other.inWords() + "): parents who attend "
                            + "separately need parts that do not overlap");
                }
            }
        }
    }
}
