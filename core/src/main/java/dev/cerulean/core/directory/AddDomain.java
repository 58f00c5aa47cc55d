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
 * A Global Administrator (or an application granted Domain.ReadWrite.All) adds a custom domain
 * to its directory, unverified. The same name may be added, unverified, to several directories;
 * only one of them can verify it ({@link VerifyDomain}).
 */
public final class AddDomain {
    private final Transactions transactions;
    private final Directories directories;
    private final DirectoryAuthority authority;
    private final ActivityRecorder activity;

    public AddDomain(Transactions transactions, Directories directories, DirectoryUsers users, DirectoryRoles roles,
                     AppRegistrations apps, ActivityRecorder activity) {
        this.transactions = transactions;
        this.directories = directories;
        this.authority = new DirectoryAuthority(users, roles, apps);
        this.activity = activity;
    }

    public Outcome<Domain> add(Caller caller, DirectoryId directory, String domainName) {
        Optional<String> name = DirectoryNaming.customDomain(domainName);
        if (name.isEmpty()) return Outcome.rejected(RuleCode.InvalidDomainName, String.valueOf(domainName));
        return transactions.inTransaction(() -> {
            if (directories.byId(directory).isEmpty()) return Outcome.rejected(RuleCode.DirectoryNotFound, directory);
            if (!authority.permits(caller, directory, List.of(DirectoryRole.GlobalAdministrator),
                    GraphAppRoles.MANAGE_DOMAINS)) {
                return Outcome.rejected(RuleCode.NotGlobalAdministrator,
                        caller == null ? "anonymous" : caller.displayName(), directory);
            }
            boolean present = directories.domainsNamed(name.get()).stream().anyMatch(d -> d.directory().equals(directory));
            if (present) return Outcome.rejected(RuleCode.DomainAlreadyExists, name.get());
            Domain domain = new Domain(name.get(), directory, false, false);
            directories.addDomain(domain);
            activity.succeeded(caller, DirectoryOperations.ADD_DOMAIN, name.get(), "Domain added", null, directory);
            return Outcome.ok(domain);
        });
    }
}
