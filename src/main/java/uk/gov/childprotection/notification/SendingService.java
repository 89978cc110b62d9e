package uk.gov.childprotection.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.TimescaleSettings;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.calendar.WorkingDayCalendar;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.cases.DeadlineKind;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.common.NotFoundException;
import uk.gov.childprotection.conference.AgencyDirectory;
import uk.gov.childprotection.conference.Conference;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.conference.Participant;
import uk.gov.childprotection.documents.Document;
import uk.gov.childprotection.documents.DocumentLinks;
import uk.gov.childprotection.documents.DocumentService;
import uk.gov.childprotection.documents.DocumentSubject;
import uk.gov.childprotection.documents.DocumentType;
import uk.gov.childprotection.documents.Letterhead;

/**
 * Sends the documents of a conference to its participants and logs every copy (seed 000: the record, outline
 * plan and decision letter reach everyone by the end of the next working day). Each participant gets the
 * newest version of what is meant for them: parents the record without its confidential part when there was
 * one, large print when they asked for it, and the letters addressed to them. Copies go by email where there is
 * an address; the conference administrator posts the rest. The child hears the outcome from their social worker
 * or advocate, not by post.
 */
@Service
@Transactional
public class SendingService {

    private final SendingRepository sendings;
    private final DeliveryRepository deliveries;
    private final ConferenceService conferences;
    private final DocumentService documents;
    private final DeadlineService deadlines;
    private final WorkingDayCalendar calendar;
    private final TimescaleSettings timescales;
    private final Today today;
    private final DocumentMailer mailer;
    private final DeliveryAttempts attempts;
    private final CopyReceipt receipt;
    private final AgencyDirectory agencies;
    private final Letterhead letterhead;

    SendingService(SendingRepository sendings, DeliveryRepository deliveries, ConferenceService conferences,
            DocumentService documents, DeadlineService deadlines, WorkingDayCalendar calendar,
            TimescaleSettings timescales, Today today, DocumentMailer mailer, DeliveryAttempts attempts, CopyReceipt receipt,
            AgencyDirectory agencies, Letterhead letterhead) {
        this.agencies = agencies;
        this.letterhead = letterhead;
        this.receipt = receipt;
        this.attempts = attempts;
        this.sendings = sendings;
        this.deliveries = deliveries;
        this.conferences = conferences;
        this.documents = documents;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.timescales = timescales;
        this.today = today;
        this.mailer = mailer;
    }

    /** Every participant's copy of the newest record, their decision letter and feedback letter, due a working day after the conference. */
    public Sending prepareRecord(Long conferenceId) {
        Conference conference = conferences.get(conferenceId);
        LocalDate due = calendar.addWorkingDays(conference.getHeldDate(), timescales.recordDistributionWorkingDays());
        Sending sending = open(conference, Sending.Purpose.CONFERENCE_RECORD, due);
        for (Participant participant : conferences.participants(conferenceId)) {
            Set<Long> copy = new LinkedHashSet<>();
            recordFor(conference, participant).ifPresent(copy::add);
            letterFor(conference, participant, DocumentType.DECISION_LETTER).ifPresent(copy::add);
            // The family's letter asking what they thought of the conference goes with the record (seed 003).
            letterFor(conference, participant, DocumentType.FEEDBACK_REQUEST).ifPresent(copy::add);
            addDelivery(sending, participant, copy);
        }
        return sending;
    }

    /**
     * The answer to an amendment request: the letter to the parent who asked and, when the Chair accepted it, the
     * corrected record to everyone; due a working day after the Chair's decision.
     */
    public Sending prepareAmendment(Long conferenceId, Long requestingParticipantId, boolean recordCorrected) {
        Conference conference = conferences.get(conferenceId);
        LocalDate due = calendar.addWorkingDays(today.date(), timescales.recordDistributionWorkingDays());
        Sending sending = open(conference, Sending.Purpose.AMENDMENT, due);
        for (Participant participant : conferences.participants(conferenceId)) {
            Set<Long> copy = new LinkedHashSet<>();
            if (recordCorrected) {
                recordFor(conference, participant).ifPresent(copy::add);
            }
            if (participant.getId().equals(requestingParticipantId)) {
                letterFor(conference, participant, DocumentType.AMENDMENT_OUTCOME_LETTER).ifPresent(copy::add);
            }
            addDelivery(sending, participant, copy);
        }
        return sending;
    }

    /**
     * A letter to one parent (about their complaint, or their request for the recording), due a working day after
     * it was written: the same timescale as every letter after a conference.
     */
    public Sending prepareLetter(Long conferenceId, Long participantId, DocumentType type, Sending.Purpose purpose) {
        Conference conference = conferences.get(conferenceId);
        LocalDate due = calendar.addWorkingDays(today.date(), timescales.recordDistributionWorkingDays());
        Sending sending = open(conference, purpose, due);
        for (Participant participant : conferences.participants(conferenceId)) {
            if (participant.getId().equals(participantId)) {
                Set<Long> copy = new LinkedHashSet<>();
                letterFor(conference, participant, type).ifPresent(copy::add);
                addDelivery(sending, participant, copy);
            }
        }
        return sending;
    }

    /**
     * An agency's report to every other agency and professional invited, never to a parent or the child: each
     * agency shares its own report with the family (seed 001). Due a working day after, as every letter.
     */
    public Sending prepareAgencyReport(Long conferenceId, Long authorParticipantId) {
        Conference conference = conferences.get(conferenceId);
        Participant author = conferences.participant(conferenceId, authorParticipantId);
        Long report = letterFor(conference, author, DocumentType.AGENCY_REPORT)
                .orElseThrow(() -> new NotFoundException("The report of " + author.getName() + " is not written"));
        LocalDate due = calendar.addWorkingDays(today.date(), timescales.recordDistributionWorkingDays());
        Sending sending = open(conference, Sending.Purpose.AGENCY_REPORT, due);
        for (Participant participant : conferences.participants(conferenceId)) {
            if (participant.receivesReportOf(author.getAgency())) {
                addDelivery(sending, participant, Set.of(report));
            }
        }
        return sending;
    }

    private Sending open(Conference conference, Sending.Purpose purpose, LocalDate due) {
        ChildProtectionCase aCase = conferences.caseOf(conference);
        deadlines.open(aCase, conference.getId(), DeadlineKind.RECORD_DISTRIBUTION, due);
        return sendings.save(new Sending(aCase.getId(), conference.getId(), purpose, due, today.now().toInstant()));
    }

    private void addDelivery(Sending sending, Participant participant, Set<Long> copy) {
        if (!copy.isEmpty() && participant.getKind() != Participant.Kind.CHILD) {
            deliveries.save(new Delivery(sending.getId(), participant.getId(), participant.getName(),
                    emailOf(participant), copy));
        }
    }

    /**
     * Where a participant's copy is emailed: the address given for them at the invitation, or for an agency (and a
     * named professional given none) the agency's secure address in the agency directory; none means by post.
     */
    private String emailOf(Participant participant) {
        String own = blankToNull(participant.getEmail());
        if (own != null || participant.getKind() == Participant.Kind.PARENT) {
            return own;
        }
        return agencies.of(participant.getAgency()).map(AgencyDirectory.Entry::secureEmail).orElse(null);
    }

    private Optional<Long> recordFor(Conference conference, Participant participant) {
        DocumentSubject subject = DocumentSubject.ofConference(conference.getCaseId(), conference.getId());
        boolean parent = participant.getKind() == Participant.Kind.PARENT;
        DocumentType type = parent && conference.hadConfidentialPart()
                ? DocumentType.CONFERENCE_RECORD_OPEN_PART : DocumentType.CONFERENCE_RECORD;
        return newest(type, subject, participant.isLargePrint());
    }

    private Optional<Long> letterFor(Conference conference, Participant participant, DocumentType type) {
        DocumentSubject subject = DocumentSubject.ofConference(conference.getCaseId(), conference.getId())
                .to(participant.getId());
        return newest(type, subject, participant.isLargePrint());
    }

    /** The large print version for someone who asked for it, when there is one; the standard one otherwise. */
    private Optional<Long> newest(DocumentType type, DocumentSubject subject, boolean largePrint) {
        Optional<Long> large = largePrint ? documents.latestId(type, subject, true) : Optional.empty();
        return large.isPresent() ? large : documents.latestId(type, subject, false);
    }

    /** The email copies still to send (the multi-instance collection of "Email each participant's copy"). */
    @Transactional(readOnly = true)
    public List<Long> emailDeliveries(Long sendingId) {
        return deliveries.findBySendingIdOrderById(sendingId).stream()
                .filter(d -> d.getMethod() == Delivery.Method.EMAIL && d.getStatus() == Delivery.Status.PENDING)
                .map(Delivery::getId).toList();
    }

    /**
     * Whether the administrator has copies to post: participants without an email address, and any email that may
     * not have gone (UNCONFIRMED). Read into the variable copiesToPost that the gateway "Copies to post?" reads.
     */
    @Transactional(readOnly = true)
    public boolean copiesToPost(Long sendingId) {
        return deliveries.findBySendingIdOrderById(sendingId).stream().anyMatch(Delivery::isToPost);
    }

    /**
     * Emails one participant's copy and logs it, at most once: the attempt is committed on its own before the mail
     * goes (DeliveryAttempts), so when this job's transaction fails after the mail server took the mail, the retry
     * finds the attempt and does not send again; the copy becomes UNCONFIRMED and the conference administrator
     * posts a paper copy instead ("Copies to post?"). A mail the server refused did not go: it is tried again.
     * Done already (a retried job), it does nothing.
     */
    public Delivery email(Long deliveryId) {
        // Mail switched off sends nothing, so there is no attempt to guard.
        DeliveryAttempts.Outcome outcome = mailer.switchedOn() ? attempts.begin(deliveryId)
                : DeliveryAttempts.Outcome.SEND;
        // Read after the attempt committed, so this transaction holds its newest state.
        Delivery delivery = deliveries.findById(deliveryId)
                .orElseThrow(() -> new NotFoundException("There is no delivery " + deliveryId));
        if (outcome != DeliveryAttempts.Outcome.SEND || delivery.isDone()) {
            return delivery;
        }
        Sending sending = get(delivery.getSendingId());
        List<Document> copy = delivery.getDocumentIds().stream().map(documents::get).toList();
        String reference = conferences.caseOf(conferences.get(sending.getConferenceId())).getReference();
        boolean sent;
        try {
            sent = mailer.send(new DocumentMailer.Mail(delivery.getEmail(), subject(sending, reference),
                    body(sending, delivery, copy),
                    copy.stream().map(d -> new DocumentMailer.Attachment(documents.fileName(d, reference), d)).toList()));
        } catch (RuntimeException e) {
            attempts.refused(deliveryId, e.getMessage());
            throw e;
        }
        delivery.markSent(sent ? Delivery.Status.SENT : Delivery.Status.MAIL_SWITCHED_OFF, today.now().toInstant(),
                today.date(), "system");
        completeIfDone(sending);
        return delivery;
    }

    /** The administrator posted (or handed over) every copy without an email address, on the given date. */
    public void recordPosted(Long sendingId, LocalDate postedOn, String by) {
        Sending sending = get(sendingId);
        for (Delivery delivery : deliveries.findBySendingIdOrderById(sendingId)) {
            if (delivery.isToPost()) {
                delivery.markSent(Delivery.Status.POSTED, today.now().toInstant(), postedOn, by);
            }
        }
        completeIfDone(sending);
    }

    private void completeIfDone(Sending sending) {
        List<Delivery> all = deliveries.findBySendingIdOrderById(sending.getId());
        if (sending.getCompletedOn() == null && all.stream().allMatch(Delivery::isDone)) {
            LocalDate last = all.stream().map(Delivery::getSentOn).max(Comparator.naturalOrder()).orElse(today.date());
            sending.complete(last);
            deadlines.meet(conferences.caseOf(conferences.get(sending.getConferenceId())),
                    DeadlineKind.RECORD_DISTRIBUTION, last);
        }
    }

    @Transactional(readOnly = true)
    public Sending get(Long sendingId) {
        return sendings.findById(sendingId).orElseThrow(() -> new NotFoundException("There is no sending " + sendingId));
    }

    @Transactional(readOnly = true)
    public List<Delivery> deliveries(Long sendingId) {
        return deliveries.findBySendingIdOrderById(sendingId);
    }

    @Transactional(readOnly = true)
    public List<Sending> ofCase(Long caseId) {
        return sendings.findByCaseIdOrderById(caseId);
    }

    /** When the escalation fires: the start of the day after the sending was due. */
    @Transactional(readOnly = true)
    public Date overdueAt(Long sendingId) {
        return Today.startOf(get(sendingId).getDueDate().plusDays(1));
    }

    /** The due date of the administrator's posting task: the end of the working day the copies are due. */
    @Transactional(readOnly = true)
    public Date dueBy(Long sendingId) {
        return Today.endOfWorkingDay(get(sendingId).getDueDate());
    }

    /**
     * The day a participant first had the conference record, if it has gone to them: the day it was emailed, or
     * the day a posted copy counts as received (CopyReceipt), whichever copy came first.
     */
    @Transactional(readOnly = true)
    public Optional<LocalDate> recordReceivedOn(Long conferenceId, Long participantId) {
        List<Long> recordSendings = sendings.findByConferenceIdAndPurposeOrderById(conferenceId,
                Sending.Purpose.CONFERENCE_RECORD).stream().map(Sending::getId).toList();
        if (recordSendings.isEmpty()) {
            return Optional.empty();
        }
        return deliveries.findBySendingIdInOrderById(recordSendings).stream()
                .filter(d -> d.getParticipantId().equals(participantId) && d.isDone() && d.getSentOn() != null)
                .map(d -> receipt.receivedOn(d.getStatus(), d.getSentOn())).min(Comparator.naturalOrder());
    }

    /** What the administrator posts: each recipient with links to their documents (markdown for the form). */
    @Transactional(readOnly = true)
    public String postList(Long sendingId, String address) {
        List<String> lines = new ArrayList<>();
        Sending sending = get(sendingId);
        Conference conference = conferences.get(sending.getConferenceId());
        ChildProtectionCase aCase = conferences.caseOf(conference);
        java.util.Map<Long, Participant> invited = conferences.participants(conference.getId()).stream()
                .collect(Collectors.toMap(Participant::getId, p -> p));
        for (Delivery delivery : deliveries.findBySendingIdOrderById(sendingId)) {
            if (!delivery.isToPost()) {
                continue;
            }
            String links = delivery.getDocumentIds().stream().map(documents::get).map(DocumentLinks::link)
                    .collect(Collectors.joining("; "));
            String unconfirmed = delivery.getStatus() == Delivery.Status.UNCONFIRMED
                    ? " (an email to " + delivery.getEmail() + " may not have gone through: it is not sent again, "
                            + "post a paper copy)" : "";
            Participant participant = invited.get(delivery.getParticipantId());
            Letterhead.Addressee addressee = participant == null ? null : letterhead.of(participant, aCase);
            String to = addressee == null || addressee.lines().isEmpty()
                    ? ". No postal address is recorded: hand it over, or add the address first"
                    : ". Post to: " + addressee.name() + ", " + String.join(", ", addressee.lines());
            lines.add("- **" + delivery.getRecipientName() + "**" + unconfirmed + ": " + links + to);
        }
        if (address != null && !address.isBlank()) {
            lines.add("");
            lines.add("The family's address on the case: " + address);
        }
        return String.join("\n", lines);
    }

    private static String subject(Sending sending, String reference) {
        return switch (sending.getPurpose()) {
            case CONFERENCE_RECORD -> "Child protection conference record, case " + reference;
            case AMENDMENT -> "Child protection conference record: answer to a request for changes, case " + reference;
            case COMPLAINT -> "Your disagreement with the child protection conference decision, case " + reference;
            case RECORDING_REQUEST -> "Your request for the recording of the child protection conference, case "
                    + reference;
            case SUPPORTER -> "Bringing someone with you to the child protection conference, case " + reference;
            case AGENCY_REPORT -> "Agency report for the child protection conference, case " + reference;
        };
    }

    private String body(Sending sending, Delivery delivery, List<Document> copy) {
        String held = DeadlineService.longDate(conferences.get(sending.getConferenceId()).getHeldDate());
        String what = copy.stream().map(d -> d.getTitle() + " (version " + d.getVersion() + ")")
                .collect(Collectors.joining("\n- ", "- ", ""));
        return "Dear " + delivery.getRecipientName() + ",\n\n"
                + switch (sending.getPurpose()) {
                    case CONFERENCE_RECORD -> "Attached are the documents from the child protection conference held on "
                            + held + ":\n";
                    case AMENDMENT -> "Attached are the documents about the record of the child protection conference "
                            + "held on " + held + ":\n";
                    case COMPLAINT -> "Attached is our letter about what you raised about the child protection "
                            + "conference held on " + held + ":\n";
                    case RECORDING_REQUEST -> "Attached is our answer to your request for the recording of the "
                            + "child protection conference held on " + held + ":\n";
                    case SUPPORTER -> "Attached is the Chair's answer about who you may bring with you to the "
                            + "child protection conference:\n";
                    case AGENCY_REPORT -> "Attached is an agency's report for the child protection conference. "
                            + "It is for the professionals invited: the agency shares it with the family itself, so "
                            + "please do not pass it on to the family or anyone else:\n";
                }
                + what + "\n\n"
                + "They are confidential: they must not be shared with anyone else without the permission of the "
                + "Child Protection Chair. If you need them in another language or format (large print, easy read, "
                + "audio, Braille), reply to this email and we will arrange it.";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
