-- Issue 27: whether a service needs documents filed at the office is a field of the catalogue, no longer read from
-- the wording of its first document. Services whose list starts "ไม่ต้องใช้เอกสาร" (no documents needed) are the
-- ones that do not, once, here.
alter table catalog_service add column needs_documents boolean default true not null;

update catalog_service set needs_documents = false where documents like '["ไม่ต้องใช้เอกสาร%' or documents = '[]';
