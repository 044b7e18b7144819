-- Cards are ordered like the backlog, by fractional rank keys (backlog.Ranking): a move writes the moved card's
-- row only, so nobody else's card changes version. Ties are allowed (ordered by id); a move respaces if it meets one.
alter table task add column rank_key varchar(64);
-- Backfill keeps today's order: 'i' + the card's place among all cards by (position, id), zero-padded, + '1'
-- (a key must not end in '0'). Only the order within a column of a sprint matters, and a global order keeps it.
update task set rank_key = (select 'i' || lpad(cast(r.n as varchar(20)), 10, '0') || '1'
    from (select id, row_number() over (order by position, id) as n from task) r where r.id = task.id);
alter table task alter column rank_key set not null;
alter table task drop column position;
create index task_column_rank_ix on task (column_key, rank_key);

-- Who changed a card or an item last, and when: a refused edit tells the person "Maria changed this a minute ago".
alter table task add column updated_by bigint references app_user (id);
alter table task add column updated_at timestamp with time zone;
update task set updated_at = created_at;
alter table backlog_item add column updated_by bigint references app_user (id);
