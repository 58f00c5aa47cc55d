package dev.cerulean.core.signin;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Email;

/** What a sign-in attempt answers when it is not refused. */
public sealed interface SignInResult {

    /** The person is signed in as {@code caller}, through {@code caller.directory()} (null: in no directory yet). */
    record SignedIn(Caller caller, String displayName) implements SignInResult {}

    /** The email is both a Microsoft account and a work account: ask which one (the account picker). */
    record ChooseAccount(Email email) implements SignInResult {}
}
