package uk.gov.childprotection.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.common.NotFoundException;

/**
 * Writes documents from their Thymeleaf template to PDF and keeps every version. A request is identified by its
 * generation key (a job's activity instance, say): asked again, it returns what it stored the first time.
 */
@Service
@Transactional
public class DocumentService {

    private final TemplateEngine templates;
    private final PdfRenderer pdf;
    private final DocumentRepository documents;
    private final Today today;
    private final uk.gov.childprotection.conference.ConferenceService conferences;
    private final Letterhead letterhead;

    public DocumentService(TemplateEngine templates, PdfRenderer pdf, DocumentRepository documents, Today today,
            uk.gov.childprotection.conference.ConferenceService conferences, Letterhead letterhead) {
        this.conferences = conferences;
        this.letterhead = letterhead;
        this.templates = templates;
        this.pdf = pdf;
        this.documents = documents;
        this.today = today;
    }

    /**
     * One document to write. The model holds plain values (strings, dates, lists of records), never entities, so
     * the page can be rendered outside the transaction that read them.
     */
    public record Request(DocumentType type, DocumentSubject subject, boolean largePrint, String generationKey,
            String createdByTask, Map<String, Object> model) {
    }

    public Document generate(Request request) {
        var existing = documents.findByGenerationKey(request.generationKey());
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] bytes = pdf.render(html(request.type(), request.model(), request.largePrint()));
        int version = latestVersion(request.type(), request.subject(), request.largePrint()) + 1;
        return documents.save(new Document(request.subject(), request.type(), version,
                request.type().title(), request.largePrint(), request.generationKey(), request.createdByTask(),
                today.now().toInstant(), sha256(bytes), bytes));
    }

    /**
     * A letter to one person: the standard copy, and a large print one too when they asked for it (the second's
     * generation key is the first's with ":large-print").
     */
    public List<Document> generateLetter(DocumentType type, DocumentSubject subject, boolean largePrintToo,
            String generationKey, String createdByTask, Map<String, Object> model) {
        List<Document> written = new java.util.ArrayList<>();
        written.add(generate(new Request(type, subject, false, generationKey, createdByTask, model)));
        if (largePrintToo) {
            written.add(generate(new Request(type, subject, true, generationKey + ":large-print", createdByTask,
                    model)));
        }
        return written;
    }

    /** The page as the template makes it (also what the benchmark and tests render directly). */
    public String html(DocumentType type, Map<String, Object> model, boolean largePrint) {
        Context context = new Context(java.util.Locale.UK);
        Map<String, Object> values = new java.util.HashMap<>();
        letterhead.putInto(values); // every document is on the council's paper
        values.putAll(model);
        context.setVariables(values);
        context.setVariable("largePrint", largePrint);
        context.setVariable("documentTitle", type.title());
        return templates.process(type.template(), context);
    }

    /** The name the document downloads and is attached under, with its recipient's name for a letter to one person. */
    @Transactional(readOnly = true)
    public String fileName(Document document, String caseReference) {
        String recipient = document.getParticipantId() == null || document.getConferenceId() == null ? null
                : conferences.participants(document.getConferenceId()).stream()
                        .filter(p -> p.getId().equals(document.getParticipantId()))
                        .map(uk.gov.childprotection.conference.Participant::getName).findFirst().orElse(null);
        return document.fileName(caseReference, recipient);
    }

    /** The id of the newest version of a document, without loading its bytes. */
    @Transactional(readOnly = true)
    public Optional<Long> latestId(DocumentType type, DocumentSubject subject, boolean largePrint) {
        return latestRow(type, subject, largePrint).map(DocumentRepository.IdAndVersion::getId);
    }

    /**
     * The newest version of each document of this type written for the conference (one per participant and
     * print size), in the order they were first written; their bytes are not loaded.
     */
    @Transactional(readOnly = true)
    public List<DocumentRepository.VersionRow> latestOfConference(DocumentType type, Long caseId, Long conferenceId) {
        Map<List<Object>, DocumentRepository.VersionRow> latest = new java.util.LinkedHashMap<>();
        documents.findByCaseIdAndDocumentType(caseId, type).stream()
                .filter(row -> conferenceId.equals(row.getConferenceId()))
                .sorted(Comparator.comparingLong(DocumentRepository.VersionRow::getId))
                .forEach(row -> latest.merge(java.util.Arrays.asList(row.subject(), row.isLargePrint()), row,
                        (older, newer) -> newer.getVersion() > older.getVersion() ? newer : older));
        return List.copyOf(latest.values());
    }

    private Optional<DocumentRepository.IdAndVersion> latestRow(DocumentType type, DocumentSubject subject,
            boolean largePrint) {
        return documents.findFirstByCaseIdAndDocumentTypeAndSubjectKeyAndLargePrintOrderByVersionDesc(
                subject.caseId(), type, subject.key(), largePrint);
    }

    /** The newest version's number, 0 when none is written. */
    @Transactional(readOnly = true)
    public int latestVersion(DocumentType type, DocumentSubject subject, boolean largePrint) {
        return latestRow(type, subject, largePrint).map(DocumentRepository.IdAndVersion::getVersion).orElse(0);
    }

    /** A case's documents and versions to list, without loading their bytes. */
    /**
     * The case's documents, and those of the household meetings its conferences were held at (written under the
     * meeting's own child's case), without their bytes.
     */
    @Transactional(readOnly = true)
    public List<DocumentRepository.Listing> listOfCase(Long caseId) {
        List<DocumentRepository.Listing> all =
                new java.util.ArrayList<>(documents.findListingByCaseIdOrderByDocumentTypeAscVersionAsc(caseId));
        List<Long> meetings = conferences.ofCase(caseId).stream()
                .map(uk.gov.childprotection.conference.Conference::getHeldWithId)
                .filter(java.util.Objects::nonNull).distinct().toList();
        if (!meetings.isEmpty()) {
            java.util.Set<Long> listed = new java.util.HashSet<>();
            all.forEach(d -> listed.add(d.getId()));
            documents.findListingByConferenceIdInOrderByDocumentTypeAscVersionAsc(meetings).stream()
                    .filter(d -> listed.add(d.getId())).forEach(all::add);
        }
        return all;
    }

    @Transactional(readOnly = true)
    public List<Document> ofCase(Long caseId) {
        return documents.findByCaseIdOrderByDocumentTypeAscVersionAsc(caseId);
    }

    @Transactional(readOnly = true)
    public Document get(Long id) {
        return documents.findById(id).orElseThrow(() -> new NotFoundException("There is no document " + id));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
