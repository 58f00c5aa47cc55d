package dev.cerulean.core.subscription;

/** The subscription and classic-administrator use cases, as {@code dev.cerulean.core.UseCases} builds them once. */
public record SubscriptionUseCases(
        ReadSubscriptions read,
        ClassicPortalSubscriptions classicPortalSubscriptions,
        AddCoAdministrator addCoAdministrator,
        RemoveCoAdministrator removeCoAdministrator,
        ChangeServiceAdministrator changeServiceAdministrator,
        SignUpAzure signUpAzure) {}
