-- A notification put into a web chat transcript carries its id (and the reply's place in it), so a notification
-- handed to the web chat again (module events are redelivered after a failure) is not shown twice.
alter table webchat_message add column notification_key varchar(120);

create unique index webchat_message_notification on webchat_message (notification_key);
