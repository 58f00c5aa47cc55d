package dev.cerulean.core.directory;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Transactions;
import java.util.List;
import java.util.Optional;

/**
 * Marks a custom domain of the directory verified. The emulator does not look up DNS: the
 * check that matters is that a domain name is verified in at most one directory. Verifying a
 * verified domain again changes nothing.
 */
public final class VerifyDomain {
    private final Transactions transactions;
    private final Directories directories;
    private final DirectoryAuthority authority;
    private final ActivityRecorder activity;

    public VerifyDomain(Transactions transactions, Directories directories, DirectoryUsers users,
                        DirectoryRoles roles, AppRegistrations apps, ActivityRecorder activity) {
        this.transactions = transactions;
        this.directories = directories;
        this.authority = new DirectoryAuthority(users, roles, apps);
        this.activity = activity;
    }

    public Outcome<Domain> verify(Caller caller, DirectoryId directory, String domainName) {
        Optional<String> name = DirectoryNaming.customDomain(domainName);
        if (name.isEmpty()) return Outcome.rejected(RuleCode.InvalidDomainName, String.valueOf(domainName));
        return transactions.inTransaction(() -> {
            if (directories.byId(directory).isEmpty()) return Outcome.rejected(RuleCode.DirectoryNotFound, directory);
            if (!authority.permits(caller, directory, List.of(DirectoryRole.GlobalAdministrator),
                    GraphAppRoles.MANAGE_DOMAINS)) {
                return Outcome.rejected(RuleCode.NotGlobalAdministrator,
                        caller == null ? "anonymous" : caller.displayName(), directory);
            }
            List<Domain> named = directories.domainsNamed(name.get());
            Optional<Domain> own = named.stream().filter(d -> d.directory().equals(directory)).findFirst();
            if (own.isEmpty()) return Outcome.rejected(RuleCode.DomainNotFound, name.get());
            if (own.get().verified()) return Outcome.ok(own.get());
            if (named.stream().anyMatch(d -> d.verified() && !d.directory().equals(directory))) {
                return Outcome.rejected(RuleCode.DomainAlreadyVerified, name.get());
            }
            Domain verified = new Domain(own.get().name(), directory, own.get().initial(), true);
            directories.updateDomain(verified);
            activity.succeeded(caller, DirectoryOperations.VERIFY_DOMAIN, name.get(), "Domain verified", null,
                    directory);
            return Outcome.ok(verified);
        });
    }
}
