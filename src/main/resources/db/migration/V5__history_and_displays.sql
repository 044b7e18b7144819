-- What happened to sprints, items and tasks, appended as it happens and never changed: the review report's
-- burndown, burnup, scope change and velocity are computed from this record, not from nightly snapshots.
create sequence history_event_seq start with 1 increment by 50;
create table history_event (
    id             bigint        not null primary key,
    product_id     bigint        not null references product (id),
    -- The sprint the item was in when it happened (null while in the backlog).
    sprint_id      bigint        references sprint (id),
    item_id        bigint        references backlog_item (id),
    item_key       varchar(40),
    task_id        bigint,
    happened_at    timestamp with time zone not null,
    kind           varchar(20)   not null,
    item_kind      varchar(12),
    amount         numeric(10, 2),
    reserved_share numeric(3, 2),
    done           boolean,
    dod_task       boolean       not null default false,
    reason         varchar(500),
    actor          varchar(80)
);
create index history_event_sprint_ix on history_event (sprint_id, happened_at);
create index history_event_item_ix on history_event (item_id, happened_at);

-- Display tokens open the read-only TV view of one product. Only a SHA-256 hash is kept.
create sequence display_token_seq start with 1 increment by 50;
create table display_token (
    id           bigint       not null primary key,
    product_id   bigint       not null references product (id),
    name         varchar(80)  not null,
    token_hash   varchar(64)  not null,
    token_prefix varchar(12)  not null,
    -- Seconds between the TV's views (board, burndown, capacity); null shows the board view only.
    rotate_seconds integer,
    created_by   bigint       not null references app_user (id),
    created_at   timestamp with time zone not null,
    last_seen_at timestamp with time zone,
    version      bigint       not null default 0,
    constraint display_token_hash_uk unique (token_hash)
);
create index display_token_product_ix on display_token (product_id);
