-- An answer whose reply may have reached LINE without our hearing back (a timeout, or a crash while sending).
-- If LINE then calls the reply token used, that earlier attempt delivered it, and the answer is not pushed again.
alter table line_outbox add column reply_unsure boolean default false not null;
