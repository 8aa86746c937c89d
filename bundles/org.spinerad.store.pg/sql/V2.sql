-- Department report store, schema version 2: the destination's answer to a delivered message.
ALTER TABLE outbox ADD COLUMN accepted boolean, ADD COLUMN answer text;
CREATE INDEX outbox_report ON outbox (report_id, id);
