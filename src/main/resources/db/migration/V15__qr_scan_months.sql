-- Scans counted per poster, kind of code and month as they happen, so the statistics read a few rows whatever the
-- number of scans. poster_key is the poster's id, 0 for the general link and receipts. And each poster's last scan.
create table qr_scan_month (
    poster_key bigint      not null,
    source     varchar(10) not null,
    ym         varchar(7)  not null,
    scans      bigint      not null,
    primary key (poster_key, source, ym)
);

alter table qr_poster add column last_scan_at timestamp with time zone;

insert into qr_scan_month (poster_key, source, ym, scans)
select coalesce(poster_id, 0), source, to_char(scanned_at at time zone 'Asia/Bangkok', 'YYYY-MM'), count(*)
  from qr_scan
 group by coalesce(poster_id, 0), source, to_char(scanned_at at time zone 'Asia/Bangkok', 'YYYY-MM');

update qr_poster set last_scan_at = (select max(s.scanned_at) from qr_scan s where s.poster_id = qr_poster.id);
