package dev.cerulean.core.account;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.MicrosoftAccountId;
import dev.cerulean.core.common.ObjectId;

/**
 * Who a person (or application) is at home: a Microsoft account, or an object homed in one
 * directory. A person has exactly one home and may appear in many directories.
 */
public sealed interface Identity permits Identity.Personal, Identity.Work, Identity.App {

    /** A Microsoft account: belongs to no directory. */
    record Personal(MicrosoftAccountId account) implements Identity {}

    /** A work or school account homed in {@code directory}. */
    record Work(DirectoryId directory, ObjectId user) implements Identity {}

    /** An application's service principal in {@code directory}. */
    record App(DirectoryId directory, ObjectId servicePrincipal) implements Identity {}

    default boolean isMicrosoftAccount() {
        return this instanceof Personal;
    }
}
