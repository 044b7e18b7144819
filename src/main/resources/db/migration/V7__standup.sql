-- The stand-up board: blocked work, a card's time in its column, the team's stand-up, archived items, task
-- descriptions, and moves recorded with their columns (who moved what where since the last stand-up).

alter table task add column description varchar(10000);
alter table task add column blocked_reason varchar(500);
alter table task add column blocked_by bigint references app_user (id);
alter table task add column blocked_at timestamp with time zone;
-- When the card came into its column: its last move between columns in the record, else when it was added.
alter table task add column in_column_since timestamp with time zone;
update task set in_column_since = coalesce((select max(e.happened_at) from history_event e
    where e.task_id = task.id and e.kind = 'TASK_MOVED'), created_at);
alter table task alter column in_column_since set not null;

alter table backlog_item add column blocked_reason varchar(500);
alter table backlog_item add column blocked_by bigint references app_user (id);
alter table backlog_item add column blocked_at timestamp with time zone;
-- Archived: gone from the backlog and the board, kept in the record and the reports, restorable.
alter table backlog_item add column archived_at timestamp with time zone;

-- The team's daily stand-up ("09:30" in the team's time zone, on working days) and after how many working days
-- in an in-between column a card is marked aging.
alter table product add column standup_time varchar(5) default '09:30' not null;
alter table product add column aging_days integer default 2 not null;

alter table history_event add column from_column varchar(40);
alter table history_event add column to_column varchar(40);
alter table history_event add column title varchar(200);
-- The stand-up reads a product's record since its last stand-up.
create index history_event_product_ix on history_event (product_id, happened_at);
