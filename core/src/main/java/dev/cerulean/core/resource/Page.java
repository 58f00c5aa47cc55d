package dev.cerulean.core.resource;

import java.util.List;

/** One page of a list read and cut in the database, and whether more follow it. */
public record Page<T>(List<T> items, boolean more) {
    public Page {
        items = List.copyOf(items);
    }

    /** The first {@code size} of {@code read} (which was asked for one more), and whether it held more. */
    static <T> Page<T> cut(List<T> read, int size) {
        return read.size() > size ? new Page<>(read.subList(0, size), true) : new Page<>(read, false);
    }
}
