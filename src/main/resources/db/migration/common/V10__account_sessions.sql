-- Sessions follow the stored account (issue 14): a session that began before this moment
-- is refused. Set when the password changes, the account is disabled, or an administrator
-- revokes the account's sessions; NULL keeps every session.
ALTER TABLE account ADD COLUMN sessions_valid_after TIMESTAMP WITH TIME ZONE;
