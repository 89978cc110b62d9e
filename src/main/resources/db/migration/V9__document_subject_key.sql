-- The subject of a document as one indexed key, so that the newest version of a document is one index lookup
-- rather than a scan of every version of that type in the case.
ALTER TABLE document ADD COLUMN subject_key VARCHAR(200);
UPDATE document SET subject_key = 'conference=' || COALESCE(CAST(conference_id AS VARCHAR(20)), '')
    || ';meeting=' || COALESCE(CAST(meeting_id AS VARCHAR(20)), '')
    || ';plan=' || COALESCE(CAST(plan_id AS VARCHAR(20)), '')
    || ';participant=' || COALESCE(CAST(participant_id AS VARCHAR(20)), '');
ALTER TABLE document ALTER COLUMN subject_key SET NOT NULL;
CREATE INDEX ix_document_subject ON document (case_id, document_type, subject_key, large_print, version);
