package dev.cerulean.core.directory;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Transactions;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A directory's custom domains: a Global Administrator adds a DNS name, then verifies it. A name
 * may be added to several directories but is verified in at most one.
 */
public final class CustomDomains {
    private final Transactions transactions;
    private final Directories directories;
    private final DirectoryAuthority authority;
    private final ActivityRecorder activity;

    public CustomDomains(
            Transactions transactions,
            Directories directories,
            DirectoryUsers users,
            DirectoryRoles roles,
            AppRegistrations apps,
            ActivityRecorder activity) {
        this.transactions = transactions;
        this.directories = directories;
        this.authority = new DirectoryAuthority(users, roles, apps);
        this.activity = activity;
    }

    public Outcome<Domain> add(Caller caller, DirectoryId directory, String domainName) {
        return managing(caller, directory, domainName, name -> {
            boolean present = directories.domainsNamed(name).stream()
                    .anyMatch(d -> d.directory().equals(directory));
            if (present) return Outcome.rejected(RuleCode.DomainAlreadyExists, name);
            Domain domain = new Domain(name, directory, false, false);
            directories.addDomain(domain);
            activity.succeeded(caller, DirectoryOperations.ADD_DOMAIN, name, "Domain added", null, directory);
            return Outcome.ok(domain);
        });
    }

    public Outcome<Domain> verify(Caller caller, DirectoryId directory, String domainName) {
        return managing(caller, directory, domainName, name -> {
            List<Domain> named = directories.domainsNamed(name);
            Optional<Domain> own =
                    named.stream().filter(d -> d.directory().equals(directory)).findFirst();
            if (own.isEmpty()) return Outcome.rejected(RuleCode.DomainNotFound, name);
            if (own.get().verified()) return Outcome.ok(own.get());
            if (named.stream().anyMatch(d -> d.verified() && !d.directory().equals(directory))) {
                return Outcome.rejected(RuleCode.DomainAlreadyVerified, name);
            }
            Domain verified = new Domain(own.get().name(), directory, own.get().initial(), true);
            directories.updateDomain(verified);
            activity.succeeded(caller, DirectoryOperations.VERIFY_DOMAIN, name, "Domain verified", null, directory);
            return Outcome.ok(verified);
        });
    }

    /** Checks the name, the directory and the caller's role, then runs {@code change} in one transaction. */
    private Outcome<Domain> managing(
            Caller caller, DirectoryId directory, String domainName, Function<String, Outcome<Domain>> change) {
        Optional<String> name = DirectoryNaming.customDomain(domainName);
        if (name.isEmpty()) return Outcome.rejected(RuleCode.InvalidDomainName, String.valueOf(domainName));
        return transactions.inTransaction(() -> {
            if (directories.byId(directory).isEmpty()) return Outcome.rejected(RuleCode.DirectoryNotFound, directory);
            if (!authority.permits(
                    caller, directory, List.of(DirectoryRole.GlobalAdministrator), GraphAppRoles.MANAGE_DOMAINS)) {
                return Outcome.rejected(
                        RuleCode.NotGlobalAdministrator,
                        caller == null ? "anonymous" : caller.displayName(),
                        directory);
            }
            return change.apply(name.get());
        });
    }
}
