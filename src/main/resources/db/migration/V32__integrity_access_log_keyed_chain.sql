-- Security review (issue 26): the access log's chain becomes an HMAC under a key derived from the integrity key,
-- so that someone with write access to the database alone cannot append or rewrite rows with a valid chain.
-- Rows written before stay as they are (PostgreSQL forbids changing them): they keep their SHA-256 links and are
-- checked as such, but none may follow a keyed row.
alter table integrity_access_log add column keyed boolean default false not null;
