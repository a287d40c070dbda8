-- Services are requests or complaints; cases keep the kind for the inbox and the statistics.
alter table catalog_service add column kind varchar(16) default 'REQUEST' not null;
alter table service_case add column kind varchar(16) default 'REQUEST' not null;

-- Which entries of the catalogue file are already in the database. A new version of the file adds its new entries
-- at the next start; entries staff edited or deleted in the admin pages are left as they are.
create table catalog_seed_entry (
    kind varchar(16) not null,
    code varchar(60) not null,
    primary key (kind, code)
);

insert into catalog_seed_entry (kind, code) select 'division', code from catalog_division;
insert into catalog_seed_entry (kind, code) select 'category', code from catalog_category;
insert into catalog_seed_entry (kind, code) select 'service', code from catalog_service;
insert into catalog_seed_entry (kind, code) select 'faq', code from catalog_faq;
