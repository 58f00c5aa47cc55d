package dev.cerulean.core.support;

/** Support requests' use cases, as {@code dev.cerulean.core.UseCases} builds them once. */
public record SupportUseCases(OpenSupportRequest openSupportRequest, ListSupportRequests listSupportRequests) {}
