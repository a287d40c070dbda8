-- Failed logins are counted on the account itself, so every instance sees the same lockout and a name that is not
-- an account costs nothing.
alter table inbox_user add column failed_logins integer default 0 not null;
alter table inbox_user add column failures_since timestamp with time zone;
alter table inbox_user add column locked_until timestamp with time zone;
alter table inbox_user add column lock_penalty_seconds integer default 0 not null;
