package dev.cerulean.core.signin;

/** Sign-in and browser sessions, as {@code dev.cerulean.core.UseCases} builds them once (one throttle for all). */
public record SignInUseCases(SignInDirectory signInDirectory, SignIn signIn, BrowserSessions sessions) {}
