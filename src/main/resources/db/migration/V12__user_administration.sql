-- Admins manage accounts: a disabled user cannot log in and their sessions and tokens stop; a user given a one-time
-- password (a new account without one, or a reset) must choose their own before anything else.
alter table app_user add column disabled boolean not null default false;
alter table app_user add column must_change_password boolean not null default false;
