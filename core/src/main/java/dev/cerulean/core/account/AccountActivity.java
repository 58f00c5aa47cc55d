package dev.cerulean.core.account;

/**
 * Port: where the account context reports its changes for the activity log. The account context
 * cannot use {@code activity.ActivityRecorder} itself (that depends on {@link Caller}, so the two
 * contexts would form a cycle); {@code directory.AccountActivityRecorder} is the adapter that
 * composition code passes in.
 */
public interface AccountActivity {
    /** A Microsoft account was created by sign-up (R36). */
    void signedUp(MicrosoftAccount account);
}
