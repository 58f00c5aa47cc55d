package dev.cerulean.core.account;

import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.MicrosoftAccountId;
import java.util.List;
import java.util.Optional;

/** Port: the Microsoft accounts of the cloud. */
public interface MicrosoftAccounts {
    void add(MicrosoftAccount account);

    Optional<MicrosoftAccount> byId(MicrosoftAccountId id);

    Optional<MicrosoftAccount> byEmail(Email email);

    List<MicrosoftAccount> all();
}
