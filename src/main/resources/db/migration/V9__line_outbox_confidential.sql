-- Answers of the integrity channel: their recipient and text are forgotten once delivered.
alter table line_outbox add column confidential boolean default false not null;
