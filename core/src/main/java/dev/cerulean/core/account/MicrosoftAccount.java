package dev.cerulean.core.account;

import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.MicrosoftAccountId;
import java.time.Instant;

/** A personal account (R36): email + password, home of no directory. */
public record MicrosoftAccount(
        MicrosoftAccountId id, Email email, String displayName, PasswordHash password, Instant createdAt) {
    public Identity identity() {
        return new Identity.Personal(id);
    }
}
