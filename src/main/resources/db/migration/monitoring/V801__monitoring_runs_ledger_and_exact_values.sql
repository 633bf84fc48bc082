-- Rule-base versions remember their ledger entry (leaf index and hash) so that pages can link to it.
ALTER TABLE monitoring_rulebase ADD COLUMN ledger_leaf_index BIGINT;
ALTER TABLE monitoring_rulebase ADD COLUMN ledger_leaf_hash CHAR(64);

-- Findings keep the engine's exact decimals (amounts and warning values are written to hits.csv/warnings.csv
-- exactly as the command writes them, so no rounding on the way through the database).
ALTER TABLE monitoring_finding ALTER COLUMN amount TYPE NUMERIC;
ALTER TABLE monitoring_finding ALTER COLUMN value TYPE NUMERIC;
ALTER TABLE monitoring_finding ALTER COLUMN threshold TYPE NUMERIC;

-- Original file names of an upload (shown to the user; the stored copies have fixed names).
ALTER TABLE monitoring_dataset ADD COLUMN original_names TEXT NOT NULL DEFAULT '';

CREATE INDEX monitoring_run_status_idx ON monitoring_run (status) WHERE status IN ('QUEUED', 'RUNNING');
CREATE INDEX monitoring_run_dataset_version_idx ON monitoring_run (dataset_id, rulebase_version, purpose, status);
