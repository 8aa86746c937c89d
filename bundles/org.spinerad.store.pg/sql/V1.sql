-- Department report store, schema version 1.
CREATE TABLE report (
  id                text PRIMARY KEY,
  version           bigint NOT NULL,
  status            text NOT NULL,
  patient_name      text,
  patient_id        text,
  accession         text,
  study_at          timestamptz,
  study_description text,
  modified_at       timestamptz,
  template_id       text,
  sex               text,
  birth_date        timestamptz,
  age_years         integer,
  body              bytea NOT NULL,
  saved_by          text NOT NULL,
  saved_on          text NOT NULL,
  saved_at          timestamptz NOT NULL
);
-- The worklist reads pages in these orders (see WorklistSql).
CREATE INDEX report_modified ON report (modified_at DESC NULLS LAST, id);
CREATE INDEX report_study ON report (study_at ASC NULLS FIRST, id);
CREATE INDEX report_status_modified ON report (status, modified_at DESC NULLS LAST, id);
CREATE INDEX report_accession ON report (accession text_pattern_ops);

CREATE TABLE report_version (
  id       text NOT NULL,
  version  bigint NOT NULL,
  body     bytea NOT NULL,
  saved_by text NOT NULL,
  saved_on text NOT NULL,
  saved_at timestamptz NOT NULL,
  PRIMARY KEY (id, version)
);

CREATE TABLE draft (
  id       text PRIMARY KEY,
  body     bytea NOT NULL,
  saved_at timestamptz NOT NULL
);

CREATE TABLE claim (
  report_id   text PRIMARY KEY,
  holder      text NOT NULL,
  workstation text NOT NULL,
  since       timestamptz NOT NULL,
  expires_at  timestamptz NOT NULL,
  reason      text NOT NULL DEFAULT ''
);

CREATE TABLE audit (
  id          bigserial PRIMARY KEY,
  at          timestamptz NOT NULL DEFAULT now(),
  report_id   text NOT NULL,
  action      text NOT NULL,
  actor       text NOT NULL,
  workstation text NOT NULL,
  detail      text NOT NULL DEFAULT ''
);
CREATE INDEX audit_report ON audit (report_id, id);

CREATE TABLE outbox (
  id             bigserial PRIMARY KEY,
  channel        text NOT NULL,
  msg_key        text NOT NULL UNIQUE,
  report_id      text NOT NULL,
  report_version bigint NOT NULL,
  payload        bytea NOT NULL,
  queued_at      timestamptz NOT NULL DEFAULT now(),
  delivered_at   timestamptz,
  delivered_by   text,
  attempts       integer NOT NULL DEFAULT 0,
  last_error     text
);
CREATE INDEX outbox_pending ON outbox (channel, id) WHERE delivered_at IS NULL;

CREATE TABLE delivery_lease (
  channel    text PRIMARY KEY,
  holder     text NOT NULL,
  expires_at timestamptz NOT NULL
);
