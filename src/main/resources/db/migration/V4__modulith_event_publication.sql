-- Spring Modulith's event publication registry: events between modules survive a crash.

create table event_publication (
    id               uuid                     not null primary key,
    listener_id      text                     not null,
    event_type       text                     not null,
    serialized_event text                     not null,
    publication_date timestamp with time zone not null,
    completion_date  timestamp with time zone
);

create index event_publication_by_completion on event_publication (completion_date);
