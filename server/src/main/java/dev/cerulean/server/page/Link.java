package dev.cerulean.server.page;

/** A link of a page: where it leads (escaped by the template) and its visible name. */
public record Link(String href, String label) {}
