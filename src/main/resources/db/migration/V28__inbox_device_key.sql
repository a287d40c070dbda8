-- Security review (issue 26): a browser that logged in to an account before carries a signed "known device" cookie
-- for it, and the account's lock after failed logins does not apply to it, so a stranger's wrong passwords cannot
-- lock the real user out. The signing key is made at the first start and shared by every instance.
create table inbox_device_key (
    id     integer primary key,
    secret bytea not null
);
