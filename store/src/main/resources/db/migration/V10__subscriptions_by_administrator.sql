-- Subscriptions an account administers (the change-service-administrator page) or serves
-- ("Use existing directory"): indexed lookups instead of reading every subscription.
CREATE INDEX ix_subscriptions_account_admin ON subscriptions (account_admin);
CREATE INDEX ix_subscriptions_service_admin ON subscriptions (service_admin);
