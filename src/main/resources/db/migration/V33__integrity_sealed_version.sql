-- Security review (issue 26): sealed values now bind the report or draft they belong to (Sealer version 2). The
-- rows sealed before are marked version 1 and re-sealed at the next start (integrity/Resealing), which needs the
-- integrity key that SQL does not have. New rows are version 2 by default.
alter table integrity_report add column sealed_version smallint default 1 not null;
alter table integrity_report alter column sealed_version set default 2;
alter table integrity_entry add column sealed_version smallint default 1 not null;
alter table integrity_entry alter column sealed_version set default 2;
alter table integrity_draft add column sealed_version smallint default 1 not null;
alter table integrity_draft alter column sealed_version set default 2;
alter table integrity_evidence add column sealed_version smallint default 1 not null;
alter table integrity_evidence alter column sealed_version set default 2;
