package dev.cerulean.core.fakes;

import dev.cerulean.core.account.MicrosoftAccount;
import dev.cerulean.core.account.MicrosoftAccounts;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.MicrosoftAccountId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryMicrosoftAccounts implements MicrosoftAccounts {
    private final Map<MicrosoftAccountId, MicrosoftAccount> byId = new ConcurrentHashMap<>();

    @Override
    public void add(MicrosoftAccount account) {
        if (byEmail(account.email()).isPresent() || byId.putIfAbsent(account.id(), account) != null) {
            throw new IllegalStateException("duplicate Microsoft account " + account.email());
        }
    }

    @Override
    public Optional<MicrosoftAccount> byId(MicrosoftAccountId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<MicrosoftAccount> byEmail(Email email) {
        return byId.values().stream().filter(a -> a.email().equals(email)).findFirst();
    }

    @Override
    public List<MicrosoftAccount> all() {
        return new ArrayList<>(byId.values());
    }
}
