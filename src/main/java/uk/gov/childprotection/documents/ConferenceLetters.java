package uk.gov.childprotection.documents;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.conference.Agency;
import uk.gov.childprotection.conference.Conference;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.conference.ConferenceType;
import uk.gov.childprotection.conference.Participant;
import uk.gov.childprotection.family.Relationship;
import uk.gov.childprotection.security.Staff;

/**
 * What every letter about a coming conference says (invitations and report requests): when and where it
 * meets, who chairs it, who is invited, what has been arranged for the family, and the dates that come before
 * it. Plain values only (strings and lists of records), read once per conference and shared by its letters.
 */
@Component
class ConferenceLetters {

    /** Parents arrive this long before the start to meet the Chair (seed 000: "Arrive 20 minutes early"). */
    static final int MINUTES_TO_MEET_THE_CHAIR = 20;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    /** Someone invited, as the letters name them. */
    record Invitee(Long participantId, Participant.Kind kind, Agency agency, String name, String described,
            boolean largePrint, boolean writesAgencyReport, Letterhead.Addressee addressee) {
    }

    /** Help arranged for one member of the family to take part. */
    record Arrangement(String person, String interpreterLanguage, boolean signer, boolean advocate,
            boolean accessibleRoom, boolean largePrint) {

        public boolean any() {
            return !needs().isEmpty();
        }

        /** "interpreter (Polish)", "advocate": what the agencies' letters list. */
        public List<String> needs() {
            List<String> needs = new java.util.ArrayList<>();
            if (interpreterLanguage != null) {
                needs.add("interpreter (" + interpreterLanguage + ")");
            }
            if (signer) {
                needs.add("sign language interpreter");
            }
            if (advocate) {
                needs.add("advocate");
            }
            if (accessibleRoom) {
                needs.add("accessible room");
            }
            if (largePrint) {
                needs.add("large print");
            }
            return needs;
        }
    }

    /** A conference's letters: the values they share, and everyone invited. */
    record Facts(Long caseId, Long conferenceId, Map<String, Object> shared, List<Invitee> invitees,
            Map<Long, Arrangement> arrangements, Map<Long, HouseholdLetters.About> about,
            Map<Long, uk.gov.childprotection.conference.SeparatePart> separateParts) {

        /**
         * The letter's values for one invitee: what every letter says, about the children theirs speaks of
         * (and of those, the ones invited).
         */
        Map<String, Object> forInvitee(Long participantId) {
            Map<String, Object> model = new java.util.HashMap<>(shared);
            HouseholdLetters.About about = this.about.get(participantId);
            about.putInto(model);
            @SuppressWarnings("unchecked")
            Map<Long, String> invited = (Map<Long, String>) shared.get("invitedChildrenByCase");
            List<String> named = about.cases().stream().map(c -> invited.get(c.getId()))
                    .filter(java.util.Objects::nonNull).toList();
            model.put("childInvited", !named.isEmpty());
            model.put("invitedChildren", HouseholdLetters.inWords(named));
            model.put("invitedChildrenPlural", named.size() > 1);
            // A parent attending separately is told their own part, and to come before it: never another's.
            var part = separateParts.get(participantId);
            model.put("separatePart", part == null ? null : part.inWords());
            if (part != null) {
                model.put("arriveBy", minutesBefore(part.startsAt(), MINUTES_TO_MEET_THE_CHAIR));
            }
            return model;
        }
    }

    private final ConferenceService conferences;
    private final HouseholdLetters household;
    private final Staff staff;
    private final Today today;
    private final Letterhead letterhead;
    private final uk.gov.childprotection.conference.ConferenceRearrangements rearrangements;

    ConferenceLetters(ConferenceService conferences, HouseholdLetters household, Staff staff, Today today,
            Letterhead letterhead, uk.gov.childprotection.conference.ConferenceRearrangements rearrangements) {
        this.rearrangements = rearrangements;
        this.letterhead = letterhead;
        this.conferences = conferences;
        this.household = household;
        this.staff = staff;
        this.today = today;
    }

    @Transactional(readOnly = true)
    Facts of(Long conferenceId) {
        Conference conference = conferences.get(conferenceId);
        if (conference.getScheduledDate() == null) {
            throw new IllegalStateException("conference " + conferenceId + " has not been booked yet");
        }
        List<Participant> participants = conferences.participants(conferenceId);
        if (participants.isEmpty()) {
            throw new IllegalStateException("nobody has been invited to conference " + conferenceId + " yet");
        }
        ChildProtectionCase aCase = conferences.caseOf(conference);
        String chair = staff.displayName(conference.getChair());
        Map<String, Object> shared = DocumentModel.forCase(aCase, today.date(),
                "The child protection conference team, for " + chair + ", Child Protection Chair");
        List<ChildProtectionCase> meeting = conferences.casesOfMeeting(conferenceId);
        // Every child of the household's meeting; each letter then names the children it speaks of.
        new HouseholdLetters.About(meeting).putInto(shared);
        String type = conference.getConferenceType().label();
        shared.put("conferenceType", type);
        shared.put("aConferenceType", ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type);
        shared.put("review", conference.getConferenceType() == ConferenceType.REVIEW);
        shared.put("conferenceDate", DeadlineService.longDate(conference.getScheduledDate()));
        shared.put("conferenceTime", conference.getScheduledTime());
        shared.put("arriveBy", minutesBefore(conference.getScheduledTime(), MINUTES_TO_MEET_THE_CHAIR));
        shared.put("minutesToMeetTheChair", MINUTES_TO_MEET_THE_CHAIR);
        shared.put("venue", conference.getVenue());
        shared.put("onlineLink", conference.getOnlineLink());
        shared.put("chair", chair);
        shared.put("socialWorker", staff.displayName(aCase.getSocialWorker()));
        shared.put("contacts", java.util.stream.Stream.of(letterhead.contact(aCase.getSocialWorker(), "social worker"),
                letterhead.contact(conference.getChair(), "Child Protection Chair"))
                .filter(java.util.Objects::nonNull).toList());
        // Rearranged: the letters say so, with the day it was to be (not why: that may be one person's business).
        List<uk.gov.childprotection.conference.Rearrangement> moves = rearrangements.of(conferenceId);
        var lastMove = moves.isEmpty() ? null : moves.get(moves.size() - 1);
        shared.put("rearrangedFrom", lastMove == null ? null : DeadlineService.longDate(lastMove.getPreviousDate()));
        shared.put("reportToParentsBy", DeadlineService.longDate(conferences.reportToParentsDate(conferenceId)));
        shared.put("reportsNeededBy", DeadlineService.longDate(conferences.workingDayBefore(conferenceId)));
        shared.put("childInvited", Boolean.TRUE.equals(conference.getChildInvited()));
        // The children invited, by case (a child invited before households has no case: the meeting's own).
        Map<Long, String> invitedChildren = new java.util.LinkedHashMap<>();
        participants.stream().filter(p -> p.getKind() == Participant.Kind.CHILD).forEach(p -> {
            ChildProtectionCase child = meeting.stream().filter(c -> c.getId().equals(p.getChildCaseId()))
                    .findFirst().orElse(aCase);
            invitedChildren.put(child.getId(), child.getChild().getGivenName());
        });
        shared.put("invitedChildrenByCase", invitedChildren);
        shared.put("childAdvocate", Boolean.TRUE.equals(conference.getChildAdvocate()));

        List<Invitee> invitees = participants.stream().map(p -> new Invitee(p.getId(), p.getKind(), p.getAgency(),
                p.getName(), described(p), p.isLargePrint(), p.writesAgencyReport(),
                letterhead.of(p, meeting.stream().filter(c -> c.getId().equals(p.getChildCaseId())).findFirst()
                        .orElse(aCase)))).toList();
        shared.put("family", invitees.stream().filter(i -> isFamily(i.kind())).map(Invitee::described).toList());
        shared.put("professionals", invitees.stream().filter(i -> !isFamily(i.kind())).map(Invitee::described)
                .toList());
        Map<Long, Arrangement> arrangements = new java.util.LinkedHashMap<>();
        for (Participant p : participants) {
            Arrangement arranged = new Arrangement(p.getName(), p.getInterpreterLanguage(), p.isNeedsSigner(),
                    p.isNeedsAdvocate(), p.isAccessibleRoom(), p.isLargePrint());
            if (isFamily(p.getKind()) && arranged.any()) {
                arrangements.put(p.getId(), arranged);
            }
        }
        shared.put("arrangements", List.copyOf(arrangements.values()));
        // The professionals' letters list each parent's part, so that nobody brings parents together.
        Map<Long, uk.gov.childprotection.conference.SeparatePart> parts = new java.util.LinkedHashMap<>();
        participants.stream().filter(p -> p.getSeparatePart() != null)
                .forEach(p -> parts.put(p.getId(), p.getSeparatePart()));
        shared.put("separateParts", participants.stream().filter(p -> p.getSeparatePart() != null)
                .map(p -> described(p) + ": " + p.getSeparatePart().inWords()).toList());
        Map<Long, HouseholdLetters.About> about = new java.util.HashMap<>();
        participants.forEach(p -> about.put(p.getId(), household.concerning(p, meeting)));
        return new Facts(aCase.getId(), conferenceId, shared, invitees, arrangements, about, parts);
    }

    static boolean isFamily(Participant.Kind kind) {
        return kind == Participant.Kind.PARENT || kind == Participant.Kind.CHILD;
    }

    /** "Alex Example (mother)", "Tia Example (the child)", "Police", "Mrs P Green (School)". */
    private static String described(Participant p) {
        return switch (p.getKind()) {
            case PARENT -> p.getRelationship() == null || p.getRelationship() == Relationship.OTHER ? p.getName()
                    : p.getName() + " (" + p.getRelationship().name().toLowerCase().replace('_', '-') + ")";
            case CHILD -> p.getName() + " (the child)";
            case AGENCY -> p.getName();
            case PROFESSIONAL -> p.getAgency() == null ? p.getName() : p.getName() + " (" + p.getAgency().label() + ")";
        };
    }

    /** "09:40" for "10:00"; none for a time that is not on the 24-hour clock. */
    static String minutesBefore(String time, int minutes) {
        if (time == null) {
            return null;
        }
        try {
            LocalTime start = LocalTime.parse(time, CLOCK);
            LocalTime earlier = start.minusMinutes(minutes);
            return earlier.isBefore(start) ? earlier.format(CLOCK) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
