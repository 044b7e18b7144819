-- The version of a product's column set, which every write of the columns must send (a stale one is refused), so
-- that two people editing the columns do not lose each other's work. The set is rewritten as a whole, so each of
-- its rows carries the set's version; a product without rows has the default columns at version 0.
alter table board_column add column set_version bigint default 0 not null;
