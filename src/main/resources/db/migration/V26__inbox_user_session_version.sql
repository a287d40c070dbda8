-- Security review (issue 26): an account change takes effect at once. Every change of role, division, active flag or
-- password counts up the account's session version; a session made with an older version ends at its next request.
alter table inbox_user add column session_version integer default 0 not null;
