package dev.cerulean.core.resource;

import java.util.List;

/** One page of a list read and cut in the database, and how many the list holds in all. */
public record Counted<T>(List<T> items, int total) {
    public Counted {
        items = List.copyOf(items);
    }
}
