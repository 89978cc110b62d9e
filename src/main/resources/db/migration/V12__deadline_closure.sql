-- A deadline that stopped applying (the plan ended, no conference was needed) is closed, not deleted and not
-- shown overdue for ever: when, and why.
ALTER TABLE statutory_deadline ADD COLUMN closed_date DATE;
ALTER TABLE statutory_deadline ADD COLUMN closed_reason VARCHAR(200);
