-- PostgreSQL only: nobody, not even the application's own database user, can change or delete the access log.
create function integrity_access_log_append_only() returns trigger as $$
begin
    raise exception 'integrity_access_log is append-only';
end;
$$ language plpgsql;

create trigger integrity_access_log_no_change
    before update or delete on integrity_access_log
    for each row execute function integrity_access_log_append_only();
