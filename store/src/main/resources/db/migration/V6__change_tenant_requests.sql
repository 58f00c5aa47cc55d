-- Microsoft.Subscription's two-step directory change: the one request of each subscription
-- (a new request replaces it), pending until an account of the destination accepts it. The
-- requester is kept as sessions keep a caller (person key, directory, principal, email): the
-- rules are checked again for it on acceptance. No foreign key to subscriptions, as the other
-- tables of a subscription's belongings have none.
CREATE TABLE change_tenant_requests (
    subscription_id    UUID          NOT NULL PRIMARY KEY,
    destination_id     UUID          NOT NULL,
    destination_owner  VARCHAR(320),
    person             VARCHAR(120)  NOT NULL,
    directory_id       UUID,
    principal_id       UUID,
    email              VARCHAR(320),
    requested_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expected_version   BIGINT,
    status             VARCHAR(16)   NOT NULL,
    completed_at       TIMESTAMP WITH TIME ZONE
);
