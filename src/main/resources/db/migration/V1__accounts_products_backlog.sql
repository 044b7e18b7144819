-- Accounts, products, memberships and the one backlog.
-- Portable SQL: runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL.
-- Sequences step by 50 because Hibernate allocates ids in blocks of 50.

create sequence app_user_seq start with 1 increment by 50;
create table app_user (
    id            bigint       not null primary key,
    username      varchar(64)  not null,
    password_hash varchar(100) not null,
    -- 'admin' or 'user': the global role; product roles live in membership.
    roles         varchar(64)  not null default 'user',
    created_at    timestamp with time zone not null,
    version       bigint       not null default 0,
    constraint app_user_username_uk unique (username)
);

create sequence product_seq start with 1 increment by 50;
create table product (
    id               bigint       not null primary key,
    product_key      varchar(10)  not null,
    name             varchar(120) not null,
    unit             varchar(10)  not null,
    next_item_number integer      not null default 1,
    created_at       timestamp with time zone not null,
    version          bigint       not null default 0,
    constraint product_key_uk unique (product_key)
);

create sequence membership_seq start with 1 increment by 50;
create table membership (
    id         bigint      not null primary key,
    product_id bigint      not null references product (id),
    user_id    bigint      not null references app_user (id),
    role       varchar(20) not null,
    version    bigint      not null default 0,
    constraint membership_product_user_uk unique (product_id, user_id)
);
create index membership_user_ix on membership (user_id);

create sequence backlog_item_seq start with 1 increment by 50;
create table backlog_item (
    id              bigint        not null primary key,
    product_id      bigint        not null references product (id),
    item_number     integer       not null,
    item_key        varchar(24)   not null,
    kind            varchar(12)   not null,
    title           varchar(200)  not null,
    description     varchar(20000),
    estimate        numeric(8, 2),
    value_statement varchar(2000),
    status          varchar(16)   not null,
    -- Fractional rank key (see Ranking); null while the item awaits the Product Owner.
    rank_key        varchar(64),
    created_by      bigint        not null references app_user (id),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint        not null default 0,
    constraint backlog_item_key_uk unique (item_key),
    constraint backlog_item_number_uk unique (product_id, item_number)
);
-- Unique: two items never share a place (NULLs, the unranked items, do not collide).
create unique index backlog_item_rank_uk on backlog_item (product_id, rank_key);

create table item_label (
    item_id bigint      not null references backlog_item (id) on delete cascade,
    label   varchar(40) not null,
    constraint item_label_pk primary key (item_id, label)
);
create index item_label_label_ix on item_label (label);
