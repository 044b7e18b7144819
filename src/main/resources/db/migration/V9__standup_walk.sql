-- The stand-up being walked, one row per product: the step someone has on screen and whose it is, so that the
-- product's TVs, on any instance, follow it. The walk is over when the row is gone ("Back to the board") or its
-- last step is 15 minutes old.
create table standup_walk (
    product_id  bigint primary key references product (id),
    step        integer      not null,
    person      varchar(64),
    walked_by   varchar(64),
    stepped_at  timestamp with time zone not null
);
