package dev.cerulean.core.common;

import java.util.UUID;

/** Source of new GUIDs; injected so that tests and worlds get stable ids. */
public interface IdGenerator {
    UUID newId();

    static IdGenerator random() {
        return UUID::randomUUID;
    }
}
