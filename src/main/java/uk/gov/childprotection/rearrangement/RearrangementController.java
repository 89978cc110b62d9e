package uk.gov.childprotection.rearrangement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.childprotection.conference.Booking;
import uk.gov.childprotection.conference.ConferenceRearrangements;
import uk.gov.childprotection.conference.ConferenceType;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.conference.Rearrangement;
import uk.gov.childprotection.security.AccessAudit;
import uk.gov.childprotection.security.CaseAccess;
import uk.gov.childprotection.security.Staff;

/**
 * A booked conference rearranged by the conference team: 201 with the new booking and what it does to the
 * statutory date; 400 for a booking that breaks the rules (not a working day, in the past, no reason); 404 for a
 * conference that is not the case's; 409 for a conference not booked yet, or already held.
 */
@RestController
class RearrangementController {

    record RearrangementBody(@NotNull(message = "give the new date") LocalDate conferenceDate,
            @NotBlank(message = "give the time, for example 10:00")
            @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "use the 24-hour clock, for example 09:30")
            String conferenceTime,
            @Size(max = 300) String venue, @Size(max = 500) String onlineLink, @Size(max = 64) String chair,
            @NotBlank(message = "say why the conference is rearranged") @Size(max = 4000) String reason,
            @NotNull(message = "say who asked for it to be rearranged") Rearrangement.AskedBy askedBy) {
    }

    record RearrangementView(Long id, Long conferenceId, LocalDate previousDate, String previousTime,
            String previousChair, LocalDate newDate, String newTime, String newChair, String reason, String askedBy,
            LocalDate statutoryDate, int workingDaysLate, String effect, String recordedBy) {
    }

    private final RearrangementService rearrangements;
    private final ConferenceService conferences;
    private final CaseAccess access;
    private final Staff staff;

    RearrangementController(RearrangementService rearrangements, ConferenceService conferences, CaseAccess access,
            Staff staff) {
        this.rearrangements = rearrangements;
        this.conferences = conferences;
        this.access = access;
        this.staff = staff;
    }

    @PostMapping("/api/cases/{reference}/conferences/{conferenceId}/rearrangements")
    ResponseEntity<RearrangementView> rearrange(@PathVariable String reference, @PathVariable Long conferenceId,
            @Valid @RequestBody RearrangementBody body) {
        access.change(reference);
        ConferenceRearrangements.Effect effect = rearrangements.rearrange(reference, conferenceId,
                new Booking(body.conferenceDate(), body.conferenceTime(), blankToNull(body.venue()),
                        blankToNull(body.onlineLink()), blankToNull(body.chair()), null),
                body.reason(), body.askedBy(), staff.currentUser());
        return ResponseEntity.created(URI.create("/api/cases/" + reference + "/conferences/" + conferenceId
                + "/rearrangements")).body(view(effect.rearrangement(), conferenceId));
    }

    @GetMapping("/api/cases/{reference}/conferences/{conferenceId}/rearrangements")
    List<RearrangementView> list(@PathVariable String reference, @PathVariable Long conferenceId) {
        access.read(reference, AccessAudit.Action.READ_CASE);
        return rearrangements.of(conferenceId).stream().map(r -> view(r, conferenceId)).toList();
    }

    private RearrangementView view(Rearrangement r, Long conferenceId) {
        boolean review = conferences.get(conferenceId).getConferenceType() == ConferenceType.REVIEW;
        return new RearrangementView(r.getId(), r.getConferenceId(), r.getPreviousDate(), r.getPreviousTime(),
                r.getPreviousChair(), r.getNewDate(), r.getNewTime(), r.getNewChair(), r.getReason(),
                r.getAskedBy().name(), r.getStatutoryDate(), r.getWorkingDaysLate(),
                ConferenceRearrangements.effectInWords(new ConferenceRearrangements.Effect(r, r.getStatutoryDate(),
                        r.getWorkingDaysLate()), review), r.getRecordedBy());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
