package uk.gov.childprotection.recording;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The audio recording of a conference, made for quality assurance (seeds 000, 001): the file itself, or where the
 * council keeps recordings in its own store, a reference to it; with its SHA-256 either way. Never one of the
 * documents: nothing sends it.
 */
@Entity
@Table(name = "conference_recording")
public class ConferenceRecording {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long caseId;
    @Column(nullable = false)
    private Long conferenceId;
    private String storeReference;
    private String fileName;
    private String contentType;
    private Long sizeBytes;
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    @Column(nullable = false)
    private String sha256;
    private String recordedBy;
    @Column(nullable = false)
    private Instant recordedAt;

    protected ConferenceRecording() {
    }

    ConferenceRecording(Long caseId, Long conferenceId, String storeReference, String fileName, String contentType,
            byte[] content, String sha256, String recordedBy, Instant recordedAt) {
        this.caseId = caseId;
        this.conferenceId = conferenceId;
        this.storeReference = storeReference;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content == null ? null : (long) content.length;
        this.sha256 = sha256;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public boolean isStoredHere() { return storeReference == null; }
    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public Long getConferenceId() { return conferenceId; }
    public String getStoreReference() { return storeReference; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public Long getSizeBytes() { return sizeBytes; }
    public byte[] getContent() { return content; }
    public String getSha256() { return sha256; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
