package uk.gov.childprotection.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.security.AccessAudit;
import uk.gov.childprotection.security.CaseAccess;

/** The log of what was sent to whom: each sending, each participant's copy, how and when it went. */
@RestController
class SendingController {

    record DeliveryView(Long participantId, String recipient, String method, String email, String status,
            LocalDate sentOn, Instant sentAt, String sentBy, Instant attemptedAt, String note, List<Long> documentIds) {
    }

    record SendingView(Long id, Long conferenceId, String purpose, LocalDate dueDate, LocalDate completedOn,
            boolean overdue, List<DeliveryView> deliveries) {
    }

    private final SendingService sendings;
    private final ChildCaseService cases;
    private final uk.gov.childprotection.calendar.Today today;
    private final CaseAccess access;

    SendingController(SendingService sendings, ChildCaseService cases, uk.gov.childprotection.calendar.Today today,
            CaseAccess access) {
        this.sendings = sendings;
        this.cases = cases;
        this.today = today;
        this.access = access;
    }

    @GetMapping("/api/cases/{reference}/sendings")
    List<SendingView> list(@PathVariable String reference) {
        access.read(reference, AccessAudit.Action.LIST_SENDINGS);
        return sendings.ofCase(cases.get(reference).getId()).stream().map(s -> new SendingView(s.getId(),
                s.getConferenceId(), s.getPurpose().name(), s.getDueDate(), s.getCompletedOn(),
                s.getCompletedOn() == null ? today.date().isAfter(s.getDueDate())
                        : s.getCompletedOn().isAfter(s.getDueDate()),
                sendings.deliveries(s.getId()).stream().map(d -> new DeliveryView(d.getParticipantId(),
                        d.getRecipientName(), d.getMethod().name(), d.getEmail(), d.getStatus().name(), d.getSentOn(),
                        d.getSentAt(), d.getSentBy(), d.getAttemptedAt(), d.getNote(),
                        List.copyOf(d.getDocumentIds()))).toList()))
                .toList();
    }
}
