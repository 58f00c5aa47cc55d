package dev.cerulean.core.directory;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;

/** One member of one directory role in one directory: a user or a service principal. */
public record DirectoryRoleMember(DirectoryId directory, DirectoryRole role, ObjectId member) {}
