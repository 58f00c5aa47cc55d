package dev.cerulean.core.subscription;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.Email;

/** A classic administrator as the classic portal knows it: a person and the email it was named by. */
public record ClassicAdministrator(Identity who, Email email) {
    public boolean isMicrosoftAccount() {
        return who instanceof Identity.Personal;
    }
}
