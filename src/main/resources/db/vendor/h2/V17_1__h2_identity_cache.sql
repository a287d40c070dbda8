-- H2 only: H2 hands out identity values from a cache of 32 and writes the sequence to disk (a commit of its own)
-- each time the cache runs out. The tables every LINE event writes to get a larger cache. Values stay in order
-- (H2's cache is one per database); after a restart the unused rest of a cache is skipped, leaving a gap.
-- PostgreSQL is left alone: its cache is per connection, which would number events out of arrival order.
alter table line_event alter column id set cache 1000;
alter table line_outbox alter column id set cache 1000;
alter table interaction_log alter column id set cache 1000;
