package uk.gov.childprotection.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.security.CaseAccess;
import uk.gov.childprotection.security.Staff;

/**
 * Events from outside that change a plan, by case reference: 204 when passed to the case, 400 for bad input,
 * 404 for an unknown case, 409 when the case is not in a state where the event means anything.
 */
@RestController
@RequestMapping("/api/cases/{reference}")
class PlanEventController {

    record DatedEvent(@NotNull(message = "is required") LocalDate date, @Size(max = 2000) String details) {
    }

    record Birth(@NotNull(message = "is required") LocalDate dateOfBirth, @Size(max = 100) String givenName,
            Gender gender) {
    }

    record Move(@NotBlank(message = "is required") @Size(max = 200) String receivingCouncil,
            @NotNull(message = "is required") LocalDate notifiedDate) {
    }

    private final PlanEndingService endings;
    private final BirthService births;
    private final Staff staff;
    private final CaseAccess access;

    PlanEventController(PlanEndingService endings, BirthService births, Staff staff, CaseAccess access) {
        this.access = access;
        this.endings = endings;
        this.births = births;
        this.staff = staff;
    }

    @PostMapping("/birth")
    ResponseEntity<Void> born(@PathVariable String reference, @Valid @RequestBody Birth birth) {
        access.change(reference);
        births.recordBirth(reference, birth.dateOfBirth(), birth.givenName(), birth.gender(), staff.currentUser());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/death")
    ResponseEntity<Void> childDied(@PathVariable String reference, @Valid @RequestBody DatedEvent event) {
        return report(reference, CaseEvent.Kind.CHILD_DIED, event.date(), event.details());
    }

    @PostMapping("/left-uk")
    ResponseEntity<Void> leftUk(@PathVariable String reference, @Valid @RequestBody DatedEvent event) {
        return report(reference, CaseEvent.Kind.LEFT_UK, event.date(), event.details());
    }

    @PostMapping("/move-to-another-council")
    ResponseEntity<Void> moved(@PathVariable String reference, @Valid @RequestBody Move move) {
        return report(reference, CaseEvent.Kind.MOVED_TO_ANOTHER_COUNCIL, move.notifiedDate(),
                move.receivingCouncil());
    }

    @PostMapping("/transfer-in-conference-held")
    ResponseEntity<Void> transferInHeld(@PathVariable String reference, @Valid @RequestBody DatedEvent event) {
        return report(reference, CaseEvent.Kind.TRANSFER_IN_CONFERENCE_HELD, event.date(), event.details());
    }

    private ResponseEntity<Void> report(String reference, CaseEvent.Kind kind, LocalDate date, String details) {
        access.change(reference);
        endings.report(reference, kind, date, details, staff.currentUser());
        return ResponseEntity.noContent().build();
    }
}
