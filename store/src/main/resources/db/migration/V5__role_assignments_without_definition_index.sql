-- No query selects role assignments by role definition (a custom role's use is counted among the
-- subscription's assignments), while every insert and every deletion, thousands at once when a
-- subscription changes directory, had to maintain the index.
DROP INDEX ix_role_assignments_definition;
