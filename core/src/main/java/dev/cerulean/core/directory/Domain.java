package dev.cerulean.core.directory;

import dev.cerulean.core.common.DirectoryId;

/** A DNS name of a directory. A name is verified in at most one directory. */
public record Domain(String name, DirectoryId directory, boolean initial, boolean verified) {}
