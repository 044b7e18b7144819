-- Personal API tokens: only a SHA-256 hash of each token is kept.
create sequence api_token_seq start with 1 increment by 50;
create table api_token (
    id           bigint       not null primary key,
    user_id      bigint       not null references app_user (id),
    name         varchar(80)  not null,
    token_hash   varchar(64)  not null,
    token_prefix varchar(12)  not null,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    version      bigint       not null default 0,
    constraint api_token_hash_uk unique (token_hash)
);
create index api_token_user_ix on api_token (user_id);
