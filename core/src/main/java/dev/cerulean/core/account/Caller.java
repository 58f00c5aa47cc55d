package dev.cerulean.core.account;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ObjectId;

/**
 * Whoever makes a request: the identity, the directory it signed in through (a token's
 * tenant, the portal's current directory), and its object in that directory (null when it has
 * none there). {@code email} is the sign-in name of a person, null for applications.
 */
public record Caller(Identity identity, DirectoryId directory, ObjectId principal, Email email) {

    public boolean signedInWithMicrosoftAccount() {
        return identity instanceof Identity.Personal;
    }

    public String displayName() {
        return email != null ? email.value() : String.valueOf(principal);
    }
}
