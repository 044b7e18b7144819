-- Page sessions kept on the server, so that one can be ended: logout, "log out everywhere", a password change.
-- The browser holds a random token; only its SHA-256 hash is stored. A session holds while it is not ended, has
-- been used within the idle timeout and is younger than its lifetime (both settings, checked by the application).
create sequence user_session_seq start with 1 increment by 50;
create table user_session (
    id           bigint       not null primary key,
    user_id      bigint       not null references app_user (id) on delete cascade,
    token_hash   varchar(64)  not null,
    created_at   timestamp with time zone not null,
    last_seen_at timestamp with time zone not null,
    ended_at     timestamp with time zone,
    device       varchar(80)  not null,
    address      varchar(64)  not null,
    version      bigint       not null default 0,
    constraint user_session_hash_uk unique (token_hash)
);
create index user_session_user_ix on user_session (user_id, ended_at);
