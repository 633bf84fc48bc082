-- agency V350 (issue 4, H5): the login account an inspector works under, so that "my tasks" finds the
-- inspector drawn for a task. One account per inspector at most; unlinked inspectors keep NULL.
ALTER TABLE inspector ADD COLUMN account_username VARCHAR(64);
CREATE UNIQUE INDEX inspector_account_idx ON inspector (account_username) WHERE account_username IS NOT NULL;
