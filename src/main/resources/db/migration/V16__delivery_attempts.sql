-- Each email is handed to the mail server at most once: the attempt is recorded (and committed) before the
-- mail goes, so a retried job sees it. The note says what happened to an attempt that was refused or never
-- confirmed.
ALTER TABLE document_delivery ADD COLUMN attempted_at TIMESTAMP;
ALTER TABLE document_delivery ADD COLUMN note VARCHAR(500);
