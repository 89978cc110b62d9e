-- A parent's own part of the conference where parents attend separately (domestic abuse, seed 003).
ALTER TABLE conference_participant ADD COLUMN separate_part_starts TIME;
ALTER TABLE conference_participant ADD COLUMN separate_part_ends TIME;
