-- Security review (issue 26): changes to staff accounts go into the auditors' access log too, as
-- "ACCOUNT <kind> <username> [from] [to]", longer than the 40 characters the report actions needed.
alter table integrity_access_log alter column action set data type varchar(200);
