-- A child on a plan who arrives from another council: where from, and when this council was told.
ALTER TABLE cp_case ADD COLUMN transfer_in_from VARCHAR(200);
ALTER TABLE cp_case ADD COLUMN transfer_in_notified_date DATE;
