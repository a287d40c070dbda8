-- The claim asks "is an older event of this user still open?" through an index. It was (status, source_key, id),
-- which holds every event ever handled too: each done mark wrote an entry into the DONE part of it, at a place given
-- by the user, so under load every handled event dirtied its own page of an index that grows with every event.
-- open_key is the user's key while the event is open and null once it is done or set aside; closed events are
-- appended at the end of the index in id order, and the open part stays as small as the queue. (The same column as
-- H2's, where a partial index is not available, so that both databases answer the same question the same way.)
alter table line_event add column open_key varchar(80)
    generated always as (case when status in ('PENDING', 'PROCESSING') then source_key end) stored;
create index line_event_open_key on line_event (open_key, id);
drop index line_event_open;
