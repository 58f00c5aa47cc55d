package dev.cerulean.server.signin;

import dev.cerulean.core.signin.SignInThrottle;

/** How sign-in behaves: the throttling of failed attempts (on by default) and the session lifetimes. */
public record SignInSettings(SignInThrottle throttle, SessionSettings sessions) {
    public static final SignInSettings DEFAULT = new SignInSettings(SignInThrottle.DEFAULT, SessionSettings.DEFAULT);
}
