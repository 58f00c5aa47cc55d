package dev.cerulean.core.fakes;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.support.SupportRequest;
import dev.cerulean.core.support.SupportRequests;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemorySupportRequests implements SupportRequests {
    private final Map<UUID, SupportRequest> all = new ConcurrentHashMap<>();

    @Override
    public void add(SupportRequest request) {
        all.put(request.id(), request);
    }

    @Override
    public void update(SupportRequest request) {
        all.replace(request.id(), request);
    }

    @Override
    public Optional<SupportRequest> byId(UUID id) {
        return Optional.ofNullable(all.get(id));
    }

    @Override
    public List<SupportRequest> byAuthor(Identity author, int offset, int limit) {
        return all.values().stream()
                .filter(r -> r.author().equals(author))
                .sorted(Comparator.comparing(SupportRequest::createdAt)
                        .reversed()
                        .thenComparing(r -> r.id().toString()))
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public int countByAuthor(Identity author) {
        return (int)
                all.values().stream().filter(r -> r.author().equals(author)).count();
    }
}
