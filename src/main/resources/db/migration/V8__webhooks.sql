-- Webhooks: a product's subscriptions to its events, and the durable outbox of their deliveries. The secret is
-- kept as is (it signs every delivery, so a hash would not do) and is shown to people only once.
create sequence webhook_seq start with 1 increment by 50;
create table webhook (
    id          bigint        not null primary key,
    product_id  bigint        not null references product (id),
    url         varchar(2000) not null,
    -- Event names separated by commas (TaskMoved,ItemAdded), or * for every event.
    events      varchar(1000) not null,
    secret      varchar(100)  not null,
    created_by  bigint        not null references app_user (id),
    created_at  timestamp with time zone not null,
    version     bigint        not null default 0
);
create index webhook_product_ix on webhook (product_id);

-- One row per event and subscribed webhook, written in the transaction of the change. Ids step by 1, not 50:
-- a webhook's deliveries are sent in id order, and blocks of 50 per instance would interleave out of order.
create sequence webhook_delivery_seq start with 1 increment by 1;
create table webhook_delivery (
    id               bigint        not null primary key,
    webhook_id       bigint        not null references webhook (id) on delete cascade,
    -- The webhook-id header: the same for every attempt and for a delivery sent again.
    message_id       varchar(40)   not null,
    event_type       varchar(40)   not null,
    body             varchar(10000000) not null,
    status           varchar(12)   not null,
    attempts         integer       not null default 0,
    next_attempt_at  timestamp with time zone not null,
    last_error       varchar(500),
    last_status_code integer,
    -- The instance sending it right now, and until when that claim holds (a crashed sender's claim runs out).
    claimed_by       varchar(40),
    claimed_until    timestamp with time zone,
    created_at       timestamp with time zone not null,
    delivered_at     timestamp with time zone
);
create index webhook_delivery_queue_ix on webhook_delivery (webhook_id, status, id);
create index webhook_delivery_due_ix on webhook_delivery (status, next_attempt_at);
