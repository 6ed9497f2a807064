-- The first schema of a CallScore store. Times are UTC seconds since the
-- epoch; money never appears here, it is computed from rules at report time.

CREATE TABLE staff (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('manager', 'reviewer', 'supervisor')),
    team TEXT NOT NULL DEFAULT '',
    team_leader INTEGER NOT NULL DEFAULT 0,
    start_date TEXT
);

CREATE TABLE staff_extensions (
    extension TEXT PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE
);

CREATE TABLE calls (
    id INTEGER PRIMARY KEY,
    call_id TEXT NOT NULL UNIQUE,
    start_utc INTEGER NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    customer TEXT NOT NULL DEFAULT '',
    agent_extension TEXT NOT NULL DEFAULT '',
    duration_s INTEGER NOT NULL DEFAULT 0,
    billsec INTEGER NOT NULL DEFAULT 0,
    disposition TEXT NOT NULL DEFAULT '',
    recording TEXT NOT NULL DEFAULT '',
    source_file TEXT NOT NULL DEFAULT '',
    legs INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX calls_by_start ON calls(start_utc);
CREATE INDEX calls_by_customer ON calls(customer, direction, start_utc);

CREATE TABLE outcomes (
    id INTEGER PRIMARY KEY,
    outcome_key TEXT NOT NULL UNIQUE,
    call_id TEXT NOT NULL DEFAULT '',
    call_time_utc INTEGER NOT NULL,
    manager TEXT NOT NULL DEFAULT '',
    customer TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL CHECK (outcome IN ('success', 'refusal', 'callback', 'other')),
    callback_due_utc INTEGER,
    comment TEXT NOT NULL DEFAULT '',
    CHECK (outcome <> 'callback' OR callback_due_utc > call_time_utc)
);
CREATE INDEX outcomes_by_due ON outcomes(callback_due_utc);

-- A promised callback time can never change once stored.
CREATE TRIGGER outcomes_due_is_fixed
BEFORE UPDATE OF callback_due_utc ON outcomes
WHEN OLD.callback_due_utc IS NOT NULL
 AND (NEW.callback_due_utc IS NULL OR NEW.callback_due_utc <> OLD.callback_due_utc)
BEGIN
    SELECT RAISE(ABORT, 'a promised callback time cannot be changed');
END;

CREATE TRIGGER outcomes_not_deleted
BEFORE DELETE ON outcomes
WHEN OLD.callback_due_utc IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a promised callback cannot be deleted');
END;

CREATE TABLE templates (
    template_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    body TEXT NOT NULL,
    saved_utc INTEGER NOT NULL,
    PRIMARY KEY (template_id, version)
);

CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    call_id TEXT NOT NULL UNIQUE REFERENCES calls(call_id),
    reviewer TEXT NOT NULL,
    template_id TEXT NOT NULL,
    template_version INTEGER NOT NULL,
    submitted_utc INTEGER NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    passed_weight INTEGER NOT NULL,
    applicable_weight INTEGER NOT NULL CHECK (applicable_weight > 0),
    critical_failed INTEGER NOT NULL,
    faults INTEGER NOT NULL,
    pass_threshold INTEGER NOT NULL,
    FOREIGN KEY (template_id, template_version) REFERENCES templates(template_id, version)
);
CREATE INDEX reviews_by_submitted ON reviews(submitted_utc);

CREATE TABLE review_answers (
    review_id INTEGER NOT NULL REFERENCES reviews(id),
    item_id TEXT NOT NULL,
    answer TEXT NOT NULL CHECK (answer IN ('pass', 'fail', 'na')),
    PRIMARY KEY (review_id, item_id)
);

-- Reviews are history: they are never edited or removed.
CREATE TRIGGER reviews_are_final
BEFORE UPDATE ON reviews
BEGIN
    SELECT RAISE(ABORT, 'a submitted review cannot be changed');
END;

CREATE TABLE rules (
    id INTEGER PRIMARY KEY,
    body TEXT NOT NULL,
    set_utc INTEGER NOT NULL
);
