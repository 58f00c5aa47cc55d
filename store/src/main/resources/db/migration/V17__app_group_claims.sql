-- An application's groupMembershipClaims (None, SecurityGroup, All): whether its tokens carry groups.
ALTER TABLE app_registrations ADD COLUMN group_claims VARCHAR(20) DEFAULT 'None' NOT NULL;
