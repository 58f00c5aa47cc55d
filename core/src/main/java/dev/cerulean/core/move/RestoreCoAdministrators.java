package dev.cerulean.core.move;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.DirectoryUsers;
import dev.cerulean.core.move.MovePlan.PlannedAdministrator;
import dev.cerulean.core.move.RestoreReport.Item;
import dev.cerulean.core.move.RestoreReport.Kind;
import dev.cerulean.core.move.RestoreReport.Status;
import dev.cerulean.core.subscription.AddCoAdministrator;
import dev.cerulean.core.subscription.CoAdministrator;
import dev.cerulean.core.subscription.Subscription;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The classic half of a restore: a directory change removes every co-administrator (R12); each
 * one of the plan whose mapping names a user of the new directory is named co-administrator again
 * through Settings &gt; ADMINISTRATORS &gt; ADD's own use case ({@link AddCoAdministrator#addAll}),
 * by that user's email as a person would type it — so its rules decide: the caller must be the
 * service administrator or a co-administrator (R19), the user must be one the caller may name
 * (R20, R23), at most 200 (R21); one already named is already present ({@code
 * AlreadyCoAdministrator}). A mapped object id that is no user of the new directory is refused as
 * R20 refuses a stranger.
 */
final class RestoreCoAdministrators {
    private final DirectoryUsers users;
    private final AddCoAdministrator addCoAdministrator;

    RestoreCoAdministrators(DirectoryUsers users, AddCoAdministrator addCoAdministrator) {
        this.users = users;
        this.addCoAdministrator = addCoAdministrator;
    }

    List<Item> restore(Caller caller, Subscription s, MovePlan plan, MoveMapping mapping, boolean dryRun) {
        List<Item> items = new ArrayList<>(plan.coAdministrators().size());
        List<String> emails = new ArrayList<>();
        List<Integer> asked = new ArrayList<>();
        for (PlannedAdministrator admin : plan.coAdministrators()) {
            String target = target(s, admin);
            Optional<ObjectId> mapped = mapping.coAdministratorTarget(admin.email());
            if (mapped.isEmpty()) {
                items.add(new Item(Kind.CO_ADMINISTRATOR, target, null, null, Status.SKIPPED, null, null));
                continue;
            }
            Optional<DirectoryUser> user = users.byId(s.directory(), mapped.get());
            if (user.isEmpty()) {
                items.add(new Item(
                        Kind.CO_ADMINISTRATOR,
                        target,
                        null,
                        mapped.get(),
                        Status.REFUSED,
                        RuleCode.CoAdministratorNotInDirectory,
                        List.of(mapped.get().toString(), s.id().toString())));
                continue;
            }
            DirectoryUser u = user.get();
            emails.add(u.mail() != null ? u.mail().value() : u.userPrincipalName());
            asked.add(items.size());
            items.add(null);
        }
        if (emails.isEmpty()) return items;
        List<Outcome<CoAdministrator>> done = addCoAdministrator.addAll(caller, s.id(), emails, !dryRun);
        for (int i = 0; i < asked.size(); i++) {
            int at = asked.get(i);
            PlannedAdministrator admin = plan.coAdministrators().get(at);
            ObjectId mapped = mapping.coAdministratorTarget(admin.email()).orElseThrow();
            items.set(at, item(target(s, admin), mapped, done.get(i)));
        }
        return items;
    }

    private static Item item(String target, ObjectId mapped, Outcome<CoAdministrator> outcome) {
        if (outcome instanceof Outcome.Rejected<CoAdministrator> no) {
            // named already (by hand, or by a first run): nothing to do, and the rule says why
            Status status = no.code() == RuleCode.AlreadyCoAdministrator ? Status.ALREADY_PRESENT : Status.REFUSED;
            return new Item(Kind.CO_ADMINISTRATOR, target, null, mapped, status, no.code(), no.args());
        }
        return new Item(Kind.CO_ADMINISTRATOR, target, null, mapped, Status.RESTORED, null, null);
    }

    static String target(Subscription s, PlannedAdministrator admin) {
        return "/subscriptions/" + s.id() + "/providers/Microsoft.Authorization/classicAdministrators/" + admin.email();
    }
}
