package dev.cerulean.core.directory;

import dev.cerulean.core.account.AccountActivity;
import dev.cerulean.core.account.MicrosoftAccount;
import dev.cerulean.core.activity.ActivityRecorder;

/** Writes the account context's changes to the activity log (see {@link AccountActivity}). */
public final class AccountActivityRecorder implements AccountActivity {
    /** The activity-log operation of a Microsoft-account sign-up. */
    public static final String SIGN_UP = "Microsoft.Account/accounts/signUp/action";

    private final ActivityRecorder activity;

    public AccountActivityRecorder(ActivityRecorder activity) {
        this.activity = activity;
    }

    @Override
    public void signedUp(MicrosoftAccount account) {
        String who = account.email().value();
        activity.succeeded(who, SIGN_UP, who, "Microsoft account created", null, null);
    }
}
