package uk.gov.childprotection.documents;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One version of a generated document: what, for which case and conference, made when and by which task. */
@Entity
public class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long caseId;
    private Long conferenceId;
    private Long meetingId;
    private Long planId;
    /** The participant a letter is addressed to; none for a document for everyone. */
    private Long participantId;
    /** {@link DocumentSubject#key()}: finds the versions of the same document by index. */
    @Column(nullable = false)
    private String subjectKey;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentType documentType;
    @Column(nullable = false)
    private int version;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private boolean largePrint;
    /** Unique per generation request: a retried job finds its document instead of storing it again. */
    @Column(nullable = false, unique = true)
    private String generationKey;
    private String createdByTask;
    @Column(nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private String sha256;
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected Document() {
    }

    Document(DocumentSubject subject, DocumentType type, int version, String title, boolean largePrint,
            String generationKey, String createdByTask, Instant createdAt, String sha256, byte[] content) {
        this.caseId = subject.caseId();
        this.conferenceId = subject.conferenceId();
        this.meetingId = subject.meetingId();
        this.planId = subject.planId();
        this.participantId = subject.participantId();
        this.subjectKey = subject.key();
        this.documentType = type;
        this.version = version;
        this.title = title;
        this.largePrint = largePrint;
        this.generationKey = generationKey;
        this.createdByTask = createdByTask;
        this.createdAt = createdAt;
        this.sha256 = sha256;
        this.content = content;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public Long getConferenceId() { return conferenceId; }
    public Long getMeetingId() { return meetingId; }
    public Long getPlanId() { return planId; }
    public Long getParticipantId() { return participantId; }
    /**
     * The name its PDF is downloaded and attached under: "CP-2026-00001-conference-record-large-print-v2.pdf", and
     * for a letter to one person their name too ("CP-2026-00001-decision-letter-alex-example-v1.pdf"), so two
     * parents' letters never download under the same name.
     */
    public String fileName(String caseReference, String recipient) {
        String to = recipient == null ? "" : recipient.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return caseReference + "-" + documentType.name().toLowerCase().replace('_', '-')
                + (to.isEmpty() ? "" : "-" + to) + (largePrint ? "-large-print" : "") + "-v" + version + ".pdf";
    }

    public DocumentSubject subject() { return new DocumentSubject(caseId, conferenceId, meetingId, planId, participantId); }
    public DocumentType getDocumentType() { return documentType; }
    public int getVersion() { return version; }
    public String getTitle() { return title; }
    public boolean isLargePrint() { return largePrint; }
    public String getGenerationKey() { return generationKey; }
    public String getCreatedByTask() { return createdByTask; }
    public Instant getCreatedAt() { return createdAt; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content; }
}
