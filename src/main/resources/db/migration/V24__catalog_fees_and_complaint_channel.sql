-- The citizen manual (Licensing Facilitation Act 2558) gives, per service, its fee and where to complain.
-- Services seeded before this version have neither until staff fill them in; residents then see no fee line.
alter table catalog_service add column fee varchar(1000);
alter table catalog_service add column fee_verified boolean default false not null;
alter table catalog_service add column complaint_channel varchar(1000);

-- An FAQ answer the SAO has not confirmed yet is shown with a request to check with staff.
alter table catalog_faq add column verified boolean default true not null;
