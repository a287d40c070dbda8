-- The dispatcher walks due events in order (status, id) instead of grouping every open event on each claim, so a
-- backlog of thousands costs no more per claim than an empty queue.
create index line_event_status_id on line_event (status, id);
