-- Review conferences: why a plan ends, and whether Children's Services will seek legal advice.
ALTER TABLE conference ADD COLUMN end_plan_reason VARCHAR(4000);
ALTER TABLE conference ADD COLUMN seek_legal_advice BOOLEAN;
ALTER TABLE conference ADD COLUMN legal_advice_reason VARCHAR(4000);
ALTER TABLE conference ADD COLUMN plan_id BIGINT REFERENCES child_protection_plan (id);
ALTER TABLE conference ADD COLUMN legal_advice_requested_date DATE;
ALTER TABLE conference ADD COLUMN legal_advice_notes VARCHAR(4000);
