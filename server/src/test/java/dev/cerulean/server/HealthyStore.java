package dev.cerulean.server;

/** A store that always answers, for tests of the HTTP side that run on the in-memory ports. */
public record HealthyStore(String product) implements StoreStatus {
    public static final HealthyStore H2 = new HealthyStore("H2");

    @Override
    public boolean isHealthy() {
        return true;
    }
}
