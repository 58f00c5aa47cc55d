package dev.cerulean.server.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A page of a list filtered by a condition the store cannot evaluate: the list is read a batch at
 * a time from {@code start} (a position in the whole list, which is what Cerulean's
 * {@code $skiptoken} carries for such lists), only until the page is full, so that memory holds one
 * batch and one page, never the whole list, and a page costs what lies between it and the previous
 * one.
 *
 * @param items the page: at most {@code size} of the matches from {@code start} on
 * @param next where the next page starts (the position of the first match after this page), or -1
 *     when this page is the last
 */
record FilteredScan<T>(List<T> items, int next) {
    /** One batch of the whole list, in its order: at most {@code limit} from {@code offset}. */
    interface Batches<T> {
        List<T> read(int offset, int limit);
    }

    static <T> FilteredScan<T> page(Batches<T> list, Predicate<T> filter, int start, int size, int batch) {
        List<T> items = new ArrayList<>();
        int position = start;
        while (true) {
            List<T> read = list.read(position, batch);
            for (T t : read) {
                if (filter.test(t)) {
                    if (items.size() == size) return new FilteredScan<>(items, position);
                    items.add(t);
                }
                position++;
            }
            if (read.size() < batch) return new FilteredScan<>(items, -1);
        }
    }

    /** How many of the whole list meet {@code filter}, read a batch at a time. */
    static <T> int count(Batches<T> list, Predicate<T> filter, int batch) {
        int count = 0;
        for (int offset = 0; ; offset += batch) {
            List<T> read = list.read(offset, batch);
            for (T t : read) if (filter.test(t)) count++;
            if (read.size() < batch) return count;
        }
    }
}
