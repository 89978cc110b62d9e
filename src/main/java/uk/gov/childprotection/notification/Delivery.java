package uk.gov.childprotection.notification;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One participant's copy in a sending, and its log: to whom, which documents (so which versions), how, when and
 * by whom it went.
 */
@Entity
@Table(name = "document_delivery")
public class Delivery {

    public enum Method { EMAIL, POST }

    public enum Status {
        /** Not gone yet. */
        PENDING,
        /**
         * An email is being handed to the mail server (recorded and committed on its own before the mail goes). A
         * delivery still ATTEMPTED when its job runs again means the earlier run may have sent it: it is not sent
         * again but becomes UNCONFIRMED.
         */
        ATTEMPTED,
        /**
         * An earlier attempt may or may not have reached the recipient (the job failed after the mail server was
         * contacted, or the node stopped mid-send). Never emailed a second time: the conference administrator posts
         * a paper copy instead, with the other copies to post.
         */
        UNCONFIRMED,
        /** Emailed. */
        SENT,
        /** Recorded as sent while mail is switched off (no SMTP host set): nobody was emailed. */
        MAIL_SWITCHED_OFF,
        /** Posted (or handed over) by the conference administrator, on the date recorded. */
        POSTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long sendingId;
    @Column(nullable = false)
    private Long participantId;
    @Column(nullable = false)
    private String recipientName;
    private String email;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Method method;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;
    private LocalDate sentOn;
    private Instant sentAt;
    private String sentBy;
    private Instant attemptedAt;
    private String note;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "document_delivery_item", joinColumns = @JoinColumn(name = "delivery_id"))
    @Column(name = "document_id")
    private Set<Long> documentIds = new LinkedHashSet<>();

    protected Delivery() {
    }

    Delivery(Long sendingId, Long participantId, String recipientName, String email, Set<Long> documentIds) {
        this.sendingId = sendingId;
        this.participantId = participantId;
        this.recipientName = recipientName;
        this.email = email;
        this.method = email == null ? Method.POST : Method.EMAIL;
        this.documentIds = new LinkedHashSet<>(documentIds);
    }

    boolean isDone() {
        return status != Status.PENDING && status != Status.ATTEMPTED && status != Status.UNCONFIRMED;
    }

    /** A paper copy is for the administrator to post: no email address, or an email that may not have gone. */
    boolean isToPost() {
        return (method == Method.POST && status == Status.PENDING) || status == Status.UNCONFIRMED;
    }

    void markAttempted(Instant at) {
        this.status = Status.ATTEMPTED;
        this.attemptedAt = at;
    }

    /** The mail server refused it: nothing went, so the next try may send it. */
    void markRefused(String reason) {
        this.status = Status.PENDING;
        this.note = cut("Refused by the mail server at " + attemptedAt + ": " + reason);
    }

    void markUnconfirmed(Instant noticed) {
        this.status = Status.UNCONFIRMED;
        this.note = cut("An email to " + email + " was handed to the mail server at " + attemptedAt
                + " but its sending was never confirmed (the job failed or the node stopped, found at " + noticed
                + "). Not emailed again: a paper copy is to be posted.");
    }

    private static String cut(String text) {
        return text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }

    void markSent(Status how, Instant at, LocalDate on, String by) {
        this.status = how;
        this.sentAt = at;
        this.sentOn = on;
        this.sentBy = by;
    }

    public Long getId() { return id; }
    public Long getSendingId() { return sendingId; }
    public Long getParticipantId() { return participantId; }
    public String getRecipientName() { return recipientName; }
    public String getEmail() { return email; }
    public Method getMethod() { return method; }
    public Status getStatus() { return status; }
    public LocalDate getSentOn() { return sentOn; }
    public Instant getSentAt() { return sentAt; }
    public String getSentBy() { return sentBy; }
    public Instant getAttemptedAt() { return attemptedAt; }
    public String getNote() { return note; }
    public Set<Long> getDocumentIds() { return documentIds; }
}
