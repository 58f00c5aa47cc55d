package dev.cerulean.core.move;

/**
 * Which rules of R9 apply: the classic portal's EDIT DIRECTORY (service administrator signed in
 * with a Microsoft account) or the Azure portal and API (any Owner). Co-administrators never.
 */
public enum DirectoryChangeMode {
    CLASSIC,
    MODERN
}
