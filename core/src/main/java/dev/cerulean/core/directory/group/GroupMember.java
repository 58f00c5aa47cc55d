package dev.cerulean.core.directory.group;

import dev.cerulean.core.common.ObjectId;

/** A member or owner of a group: a directory object and what sort of object it is. */
public record GroupMember(ObjectId id, Type type) {
    /** The directory objects a security group may hold (owners are users and service principals only). */
    public enum Type {
        User,
        Group,
        ServicePrincipal
    }
}
