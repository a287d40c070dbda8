-- The event log and the outbox are queues: each row is updated soon after it is written, and every claim steps over
-- the index entries that old row versions leave behind until VACUUM removes them. Autovacuum's default waits until a
-- fifth of a table is dead rows, which for a table of a year's events is hundreds of thousands of entries to step
-- over; here it comes after a few thousand, whatever the table's size. (With autovacuum off, the application
-- vacuums; see DatabaseHousekeeping.)
alter table line_event set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 5000,
                            autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 5000);
alter table line_outbox set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 5000,
                             autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 5000);
