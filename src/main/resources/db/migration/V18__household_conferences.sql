-- One conference for the children of a household (issue 11). Each child keeps their own conference record, with
-- their own decision, categories, wishes and feelings and timescale; the children of one meeting point to the
-- record that holds its booking, invitations and preparation (the meeting's), which points to none.
ALTER TABLE conference ADD COLUMN held_with_id BIGINT REFERENCES conference (id);
CREATE INDEX ix_conference_held_with ON conference (held_with_id);

-- A child invited to their household's conference: which child, so their own invitation speaks only of them.
ALTER TABLE conference_participant ADD COLUMN child_case_id BIGINT REFERENCES cp_case (id);

-- What the Chair recorded for one child alone, beside the family's assessment: a danger statement where it
-- differs, and scaling about that child.
ALTER TABLE conference ADD COLUMN child_danger_statement VARCHAR(4000);
ALTER TABLE conference_scaling ADD COLUMN child_only BOOLEAN DEFAULT FALSE NOT NULL;

-- A parent's letters speak of the children they hold parental responsibility for, or of a child the Chair has
-- recorded a reason to write to them about (for example a step-parent the child lives with).
ALTER TABLE parental_responsibility ADD COLUMN letters_reason VARCHAR(1000);
ALTER TABLE parental_responsibility ADD COLUMN letters_reason_by VARCHAR(64);
