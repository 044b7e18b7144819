-- Board columns per product (until a product edits them, it has the default four) and card order.
create sequence board_column_seq start with 1 increment by 50;
create table board_column (
    id         bigint      not null primary key,
    product_id bigint      not null references product (id),
    column_key varchar(40) not null,
    name       varchar(60) not null,
    position   integer     not null,
    -- Work-in-progress limit: soft (shown) or hard (a move over it is refused).
    wip_limit  integer,
    wip_hard   boolean     not null default false,
    version    bigint      not null default 0,
    constraint board_column_key_uk unique (product_id, column_key)
);
alter table task add column position integer not null default 0;
