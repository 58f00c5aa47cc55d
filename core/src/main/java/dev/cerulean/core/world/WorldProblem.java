package dev.cerulean.core.world;

/**
 * Something wrong with a world: {@code path} is a JSON pointer into the world's document
 * (e.g. {@code /directories/0/users/2/mail}) so that a file reader can point at the line.
 */
public record WorldProblem(String path, String message) {
    @Override
    public String toString() {
        return (path.isEmpty() ? "/" : path) + ": " + message;
    }
}
