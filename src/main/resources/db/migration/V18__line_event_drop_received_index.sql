-- Only the nightly purge of handled events asked by received_at, yet every stored event wrote into this index (and on
-- PostgreSQL so did each of its two status changes). The purge now walks the events by status instead.
drop index line_event_received;
