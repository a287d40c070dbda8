-- Security review (issue 26): a row "an integrity report was sent", even without a resident and dated only by its
-- month, sits among the reporter's own rows by its place (its id) in the interaction log. The integrity channel now
-- writes nothing there; reports are counted from the integrity module (O24). The rows and monthly counts already
-- written go.
delete from interaction_log where kind = 'INTEGRITY_REPORT';
delete from stats_interaction_month where kind = 'INTEGRITY_REPORT';
