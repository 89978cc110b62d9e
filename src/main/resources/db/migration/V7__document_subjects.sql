-- A document may be about a core group meeting or a plan, and a letter may be for one participant.
ALTER TABLE document ADD COLUMN meeting_id BIGINT REFERENCES core_group_meeting (id);
ALTER TABLE document ADD COLUMN plan_id BIGINT REFERENCES child_protection_plan (id);
ALTER TABLE document ADD COLUMN participant_id BIGINT REFERENCES conference_participant (id);
