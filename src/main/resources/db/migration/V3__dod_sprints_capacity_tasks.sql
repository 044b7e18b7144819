-- Definition of Done, capacity policy, sprints, commitments and tasks.

create sequence dod_criterion_seq start with 1 increment by 50;
create table dod_criterion (
    id             bigint       not null primary key,
    product_id     bigint       not null references product (id),
    position       integer      not null,
    text           varchar(300) not null,
    implies_task   boolean      not null default false,
    task_title     varchar(200),
    category       varchar(20),
    estimate       numeric(8, 2),
    estimate_share numeric(4, 3),
    -- A removed criterion stays, so the tasks it generated keep their link.
    removed        boolean      not null default false,
    version        bigint       not null default 0
);
create index dod_criterion_product_ix on dod_criterion (product_id);

-- Every edit of a DoD is a new version; commitments record the version that applied.
create sequence dod_version_seq start with 1 increment by 50;
create table dod_version (
    id         bigint         not null primary key,
    product_id bigint         not null references product (id),
    number     integer        not null,
    snapshot   varchar(60000) not null,
    created_by bigint         references app_user (id),
    created_at timestamp with time zone not null,
    constraint dod_version_number_uk unique (product_id, number)
);

create table capacity_policy (
    product_id     bigint        not null primary key references product (id),
    reserved_share numeric(3, 2) not null,
    mode           varchar(10)   not null,
    version        bigint        not null default 0
);

create sequence sprint_seq start with 1 increment by 50;
create table sprint (
    id                      bigint        not null primary key,
    product_id              bigint        not null references product (id),
    name                    varchar(80)   not null,
    goal                    varchar(500),
    start_date              date          not null,
    end_date                date          not null,
    capacity                numeric(8, 2),
    -- A sprint may reserve another share than the product's policy, with a reason.
    reserved_share_override numeric(3, 2),
    share_override_reason   varchar(500),
    state                   varchar(10)   not null,
    started_at              timestamp with time zone,
    closed_at               timestamp with time zone,
    completed_estimate      numeric(10, 2),
    created_at              timestamp with time zone not null,
    version                 bigint        not null default 0
);
create index sprint_product_ix on sprint (product_id, state);

create sequence commitment_seq start with 1 increment by 50;
create table commitment (
    id                 bigint       not null primary key,
    sprint_id          bigint       not null references sprint (id),
    item_id            bigint       not null references backlog_item (id),
    committed_by       bigint       not null references app_user (id),
    committed_at       timestamp with time zone not null,
    removed_at         timestamp with time zone,
    dod_version        integer,
    override_reason    varchar(500),
    override_by        bigint       references app_user (id),
    outcome            varchar(16),
    version            bigint       not null default 0
);
create index commitment_sprint_ix on commitment (sprint_id);
create index commitment_item_ix on commitment (item_id);

alter table backlog_item add column sprint_id bigint;
alter table backlog_item add constraint backlog_item_sprint_fk foreign key (sprint_id) references sprint (id);

create sequence task_seq start with 1 increment by 50;
create table task (
    id               bigint       not null primary key,
    item_id          bigint       not null references backlog_item (id),
    title            varchar(200) not null,
    column_key       varchar(40)  not null,
    assignee_id      bigint       references app_user (id),
    estimate         numeric(8, 2),
    remaining        numeric(8, 2),
    dod_criterion_id bigint       references dod_criterion (id),
    category         varchar(20),
    waived           boolean      not null default false,
    waive_reason     varchar(500),
    waived_by        bigint       references app_user (id),
    waived_at        timestamp with time zone,
    created_at       timestamp with time zone not null,
    version          bigint       not null default 0,
    -- One task per criterion per item, however often the item goes in and out of sprints.
    constraint task_item_criterion_uk unique (item_id, dod_criterion_id)
);
create index task_item_ix on task (item_id);
