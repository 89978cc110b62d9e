package uk.gov.childprotection.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One read of a case or a document through the API: who, what, when, from where, and whether it was allowed. */
@Entity
@Table(name = "access_audit")
public class AccessAudit {

    public enum Action { READ_CASE,
        /** A read of a household: each child's case shown, by someone who may read at least one of them. */
        READ_FAMILY, LIST_DOCUMENTS, READ_DOCUMENT, LIST_SENDINGS, LIST_AMENDMENT_REQUESTS, LIST_COMPLAINTS, LIST_RECORDINGS,
        /** A download of a conference's audio recording (service managers, to release it). */
        READ_RECORDING, CHANGE_CASE,
        /** A read through /engine-rest or the webapps' engine API (Cockpit, Tasklist) by someone who reads every case. */
        ENGINE_READ,
        /** A download of the census return (every child with an episode in the year): one row, the year named. */
        READ_CENSUS_RETURN,
        /** An agency worker's read of a conference their agency is invited to (or a refused one), one row a case. */
        AGENCY_READ,
        /** An agency worker writing their agency's report, or saying when they shared it with the family. */
        AGENCY_CHANGE }

    public enum Outcome { ALLOWED, DENIED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Instant happenedAt;
    @Column(nullable = false)
    private String userId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;
    private String caseReference;
    private Long documentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;
    private String remoteAddress;
    /** For an engine read: the request (method, path and query). */
    private String detail;

    protected AccessAudit() {
    }

    AccessAudit(Instant happenedAt, String userId, Action action, String caseReference, Long documentId,
            Outcome outcome, String remoteAddress) {
        this.happenedAt = happenedAt;
        this.userId = userId;
        this.action = action;
        this.caseReference = caseReference;
        this.documentId = documentId;
        this.outcome = outcome;
        this.remoteAddress = remoteAddress;
    }

    AccessAudit(Instant happenedAt, String userId, String caseReference, String detail, String remoteAddress) {
        this(happenedAt, userId, Action.ENGINE_READ, caseReference, null, Outcome.ALLOWED, remoteAddress);
        this.detail = detail;
    }

    public Long getId() { return id; }
    public Instant getHappenedAt() { return happenedAt; }
    public String getUserId() { return userId; }
    public Action getAction() { return action; }
    public String getCaseReference() { return caseReference; }
    public Long getDocumentId() { return documentId; }
    public Outcome getOutcome() { return outcome; }
    public String getRemoteAddress() { return remoteAddress; }
    public String getDetail() { return detail; }
}
