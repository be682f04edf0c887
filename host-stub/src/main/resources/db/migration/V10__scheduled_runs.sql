-- runs the schedule started (not a button press), and why a failed run failed (hu.webshopsync.api.FailureKind),
-- so the schedule's backoff and its alert survive a restart and are the same for every process
ALTER TABLE action_run ADD COLUMN automatic BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE action_run ADD COLUMN failure VARCHAR(30);
CREATE INDEX action_run_by_action ON action_run (action_id, automatic, id);
