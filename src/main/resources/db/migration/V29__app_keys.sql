-- Keys the application makes for itself at its first start and shares between instances, one per purpose (the
-- "known device" cookies of the inbox, resident pseudonyms, web chat session keys). The integrity key is not one
-- of them: it comes from TAMBONDESK_INTEGRITY_KEY.
create table app_key (
    purpose varchar(40) primary key,
    secret  bytea       not null
);

insert into app_key (purpose, secret) select 'inbox-device', secret from inbox_device_key where id = 1;

drop table inbox_device_key;
