-- Event publications are now deleted when they complete (spring.modulith.events.completion-mode=delete): they hold
-- LINE user ids and the texts of staff replies. Remove those completed before this version.
delete from event_publication where completion_date is not null;
