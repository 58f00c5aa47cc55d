package dev.cerulean.core.signin;

/** Sign-in, its lockout (client secrets share it) and browser sessions, as {@code dev.cerulean.core.UseCases} builds them once. */
public record SignInUseCases(
        SignInDirectory signInDirectory,
        Lockout lockout,
        SignIn signIn,
        BrowserSessions sessions,
        SetDefaultDirectory setDefaultDirectory) {}
