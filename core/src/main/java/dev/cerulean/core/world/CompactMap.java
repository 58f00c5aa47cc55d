package dev.cerulean.core.world;

import java.util.Objects;

/**
 * A hash map that only grows, for the indexes of a world being resolved: keys and values in two
 * arrays (open addressing, linear probing) instead of a node per entry, so that an index of a
 * million users or object ids takes a quarter of the memory of a {@code HashMap}.
 * Keys and values are not null.
 */
final class CompactMap<K, V> {
    private static final int FIRST = 16;

    private Object[] keys = new Object[FIRST];
    private Object[] values = new Object[FIRST];
    private int size;

    int size() {
        return size;
    }

    /** The value of {@code key}, or null. */
    @SuppressWarnings("unchecked")
    V get(Object key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); keys[i] != null; i = (i + 1) & mask) {
            if (keys[i].equals(key)) return (V) values[i];
        }
        return null;
    }

    /** Adds {@code key} with {@code value} unless it is there; the value it already had, or null. */
    @SuppressWarnings("unchecked")
    V putIfAbsent(K key, V value) {
        Objects.requireNonNull(value);
        int mask = keys.length - 1;
        int i = slot(key, mask);
        for (; keys[i] != null; i = (i + 1) & mask) {
            if (keys[i].equals(key)) return (V) values[i];
        }
        keys[i] = key;
        values[i] = value;
        if (++size * 3 > keys.length * 2) grow();
        return null;
    }

    private void grow() {
        Object[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new Object[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == null) continue;
            int i = slot(oldKeys[j], mask);
            while (keys[i] != null) i = (i + 1) & mask;
            keys[i] = oldKeys[j];
            values[i] = oldValues[j];
        }
    }

    private static int slot(Object key, int mask) {
        int h = key.hashCode() * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
