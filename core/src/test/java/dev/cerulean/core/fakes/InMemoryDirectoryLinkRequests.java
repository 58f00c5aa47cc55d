package dev.cerulean.core.fakes;

import dev.cerulean.core.common.MicrosoftAccountId;
import dev.cerulean.core.move.DirectoryLinkRequest;
import dev.cerulean.core.move.DirectoryLinkRequests;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryDirectoryLinkRequests implements DirectoryLinkRequests {
    private final Map<UUID, DirectoryLinkRequest> all = new ConcurrentHashMap<>();

    @Override
    public void add(DirectoryLinkRequest request) {
        all.put(request.id(), request);
    }

    @Override
    public Optional<DirectoryLinkRequest> byId(UUID id) {
        return Optional.ofNullable(all.get(id));
    }

    @Override
    public Optional<DirectoryLinkRequest> latestOf(MicrosoftAccountId requester) {
        return all.values().stream()
                .filter(r -> r.requester().equals(requester))
                .max(Comparator.comparing(DirectoryLinkRequest::requestedAt));
    }

    @Override
    public void remove(UUID id) {
        all.remove(id);
    }
}
