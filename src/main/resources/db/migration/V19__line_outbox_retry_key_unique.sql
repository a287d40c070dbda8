-- One answer per retry key: the check for an earlier push (a notification handled again) looks the key up in an
-- index instead of scanning the outbox, and two instances handling the same notification at once cannot both queue
-- it. Any duplicate left from before is removed first, keeping the oldest row (LINE would refuse the second push
-- with the same key anyway); the plain index makes that removal a lookup per row.
create index line_outbox_retry_key_lookup on line_outbox (retry_key);

delete from line_outbox o
 where exists (select 1 from line_outbox p where p.retry_key = o.retry_key and p.id < o.id);

drop index line_outbox_retry_key_lookup;

create unique index line_outbox_retry_key on line_outbox (retry_key);
