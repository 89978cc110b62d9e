-- Who was at the conference, person by person (issue 12): present, absent, or present but asked to leave for the
-- confidential part, so a letter never tells one parent what only the other did. And why the conference was held
-- on another day than the one booked.
ALTER TABLE conference_participant ADD COLUMN attendance VARCHAR(40);
ALTER TABLE conference ADD COLUMN held_date_reason VARCHAR(2000);
