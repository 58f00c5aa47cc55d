package dev.cerulean.bench;

import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.Decision;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.access.SubscriptionAccess;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.MicrosoftAccountId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.ClassicAdministrator;
import dev.cerulean.core.subscription.CoAdministrator;
import dev.cerulean.core.subscription.Offer;
import dev.cerulean.core.subscription.Subscription;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * SubscriptionAccess.decide on a full subscription: 4,000 role assignments (the R28 limit)
 * spread over 1,000 principals, 50 resource groups and their resources, and 200
 * co-administrators (the R21 limit); 51 of the assignments name 50 nested groups, of which one
 * caller is a member. The baselines (a HashMap lookup, a decision on an empty
 * subscription) run in the same JVM so that the figures can be compared on a noisy machine.
 */
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AuthorizationBenchmark {
    static final int ASSIGNMENTS = 4000;
    static final int CO_ADMINISTRATORS = 200;
    static final int GROUPS = 50;
    static final int NESTED_GROUPS = 50;
    static final int SERVERS_PER_GROUP = 10;
    static final int DATABASES_PER_SERVER = 4;
    static final Instant NOW = Instant.parse("2017-06-01T09:00:00Z");

    SubscriptionAccess full;
    SubscriptionAccess empty;
    Map<ObjectId, Object> baselineMap;

    Caller deepAssignee; // 9 assignments, the matching one on a database (a child resource)
    Caller unassigned; // a user of the directory with no assignment
    Caller coAdministrator; // the 137th of 200
    Caller groupMember; // no assignment of its own; a member of 50 nested groups
    Set<ObjectId> memberGroups; // its 50 groups, transitively (what Authorize reads from the store)
    Scope deepDatabase;
    Scope siblingDatabase;
    String writeDatabase;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        DirectoryId directory = new DirectoryId(uuid(random));
        SubscriptionId id = new SubscriptionId(uuid(random));
        ClassicAdministrator owner = new ClassicAdministrator(
                new Identity.Personal(new MicrosoftAccountId(uuid(random))), Email.of("owner@outlook.com"));
        Subscription subscription = new Subscription(
                id,
                "Bench",
                Offer.PAY_AS_YOU_GO,
                Subscription.SubscriptionState.Enabled,
                directory,
                owner,
                owner,
                false,
                1);

        List<CoAdministrator> coAdmins = new ArrayList<>();
        for (int i = 0; i < CO_ADMINISTRATORS; i++) {
            coAdmins.add(new CoAdministrator(
                    id,
                    new ClassicAdministrator(
                            new Identity.Personal(new MicrosoftAccountId(uuid(random))),
                            Email.of("co" + i + "@outlook.com")),
                    NOW));
        }

        RoleDefinition vmOperator = new RoleDefinition(
                new RoleDefinitionId(uuid(random)),
                "VM Operator",
                "",
                false,
                id,
                List.of("Microsoft.Compute/virtualMachines/*", "*/read"),
                List.of("Microsoft.Compute/virtualMachines/delete"),
                List.of(Scope.subscription(id)));
        List<RoleDefinitionId> roles = List.of(
                BuiltInRoles.READER.id(),
                BuiltInRoles.CONTRIBUTOR.id(),
                BuiltInRoles.OWNER.id(),
                BuiltInRoles.USER_ACCESS_ADMINISTRATOR.id(),
                vmOperator.id());

        List<Scope> scopes = new ArrayList<>();
        scopes.add(Scope.subscription(id));
        for (int g = 0; g < GROUPS; g++) {
            String group = "rg-" + g;
            scopes.add(Scope.resourceGroup(id, group));
            for (int s = 0; s < SERVERS_PER_GROUP; s++) {
                scopes.add(Scope.of(ResourceId.of(id, group, "Microsoft.Sql/servers", "sql-" + s)));
                for (int d = 0; d < DATABASES_PER_SERVER; d++) {
                    scopes.add(Scope.of(
                            new ResourceId(id, group, "Microsoft.Sql/servers/sql-" + s + "/databases/db-" + d)));
                }
            }
        }

        List<RoleAssignment> assignments = new ArrayList<>();
        ObjectId deep = new ObjectId(uuid(random));
        deepDatabase = Scope.of(new ResourceId(id, "rg-17", "Microsoft.Sql/servers/sql-7/databases/db-3"));
        siblingDatabase = Scope.of(new ResourceId(id, "rg-17", "Microsoft.Sql/servers/sql-7/databases/db-2"));
        writeDatabase = "Microsoft.Sql/servers/databases/write";
        // the deep assignee: Reader in eight groups, then Contributor on one database, scanned last
        for (int g = 0; g < 8; g++) {
            assignments.add(assignment(
                    random, Scope.resourceGroup(id, "rg-" + (g * 5)), deep, BuiltInRoles.READER.id(), directory));
        }
        assignments.add(assignment(random, deepDatabase, deep, BuiltInRoles.CONTRIBUTOR.id(), directory));
        // 50 nested groups: each is Reader on a resource group other than rg-17; the outermost is also
        // Contributor on the deep database, so a member scans every group's grants before it is allowed
        List<ObjectId> nestedGroups = new ArrayList<>();
        for (int g = 0; g < NESTED_GROUPS; g++) {
            ObjectId group = new ObjectId(uuid(random));
            nestedGroups.add(group);
            assignments.add(groupAssignment(
                    random, Scope.resourceGroup(id, "rg-" + (g % 17)), group, BuiltInRoles.READER.id(), directory));
        }
        assignments.add(groupAssignment(
                random, deepDatabase, nestedGroups.get(NESTED_GROUPS - 1), BuiltInRoles.CONTRIBUTOR.id(), directory));

        int principals = 1000;
        List<ObjectId> others = new ArrayList<>();
        for (int i = 0; i < principals; i++) others.add(new ObjectId(uuid(random)));
        while (assignments.size() < ASSIGNMENTS) {
            assignments.add(assignment(
                    random,
                    scopes.get(random.nextInt(scopes.size())),
                    others.get(random.nextInt(principals)),
                    roles.get(random.nextInt(roles.size())),
                    directory));
        }

        full = SubscriptionAccess.of(subscription, coAdmins, assignments, List.of(vmOperator));
        empty = SubscriptionAccess.of(subscription, List.of(), List.of(), List.of());
        baselineMap = new HashMap<>();
        for (ObjectId o : others) baselineMap.put(o, o);

        deepAssignee =
                new Caller(new Identity.Work(directory, deep), directory, deep, Email.of("deep@bench.onmicrosoft.com"));
        ObjectId nobody = new ObjectId(uuid(random));
        unassigned = new Caller(
                new Identity.Work(directory, nobody), directory, nobody, Email.of("nobody@bench.onmicrosoft.com"));
        coAdministrator =
                new Caller(coAdmins.get(137).administrator().who(), directory, null, Email.of("co137@outlook.com"));
        ObjectId member = new ObjectId(uuid(random));
        groupMember = new Caller(
                new Identity.Work(directory, member), directory, member, Email.of("member@bench.onmicrosoft.com"));
        memberGroups = Set.copyOf(nestedGroups);

        check(full.decide(deepAssignee, writeDatabase, deepDatabase), Decision.AllowedByRoleAssignment);
        check(full.decide(deepAssignee, writeDatabase, siblingDatabase), Decision.DeniedNoPermission);
        check(full.decide(unassigned, writeDatabase, deepDatabase), Decision.DeniedNoPermission);
        check(full.decide(coAdministrator, writeDatabase, deepDatabase), Decision.AllowedAsClassicAdministrator);
        check(full.decide(groupMember, memberGroups, writeDatabase, deepDatabase), Decision.AllowedByRoleAssignment);
        check(full.decide(groupMember, memberGroups, writeDatabase, siblingDatabase), Decision.DeniedNoPermission);
        check(full.decide(groupMember, Set.of(), writeDatabase, deepDatabase), Decision.DeniedNoPermission);
    }

    @Benchmark
    public Object baselineHashMapLookup() {
        return baselineMap.get(unassigned.principal());
    }

    @Benchmark
    public Decision baselineEmptySubscription() {
        return empty.decide(unassigned, writeDatabase, deepDatabase);
    }

    @Benchmark
    public Decision allowedDeepInResource() {
        return full.decide(deepAssignee, writeDatabase, deepDatabase);
    }

    @Benchmark
    public Decision deniedSiblingOfAssignment() {
        return full.decide(deepAssignee, writeDatabase, siblingDatabase);
    }

    @Benchmark
    public Decision deniedNotAssigned() {
        return full.decide(unassigned, writeDatabase, deepDatabase);
    }

    @Benchmark
    public Decision allowedThroughFiftyNestedGroups() {
        return full.decide(groupMember, memberGroups, writeDatabase, deepDatabase);
    }

    @Benchmark
    public Decision deniedThroughFiftyNestedGroups() {
        return full.decide(groupMember, memberGroups, writeDatabase, siblingDatabase);
    }

    @Benchmark
    public Decision allowedCoAdministrator() {
        return full.decide(coAdministrator, writeDatabase, deepDatabase);
    }

    private static RoleAssignment assignment(
            Random random, Scope scope, ObjectId principal, RoleDefinitionId role, DirectoryId directory) {
        return new RoleAssignment(
                new RoleAssignmentId(uuid(random)),
                scope,
                principal,
                RoleAssignment.PrincipalType.User,
                role,
                directory,
                NOW,
                "bench");
    }

    private static RoleAssignment groupAssignment(
            Random random, Scope scope, ObjectId group, RoleDefinitionId role, DirectoryId directory) {
        return new RoleAssignment(
                new RoleAssignmentId(uuid(random)),
                scope,
                group,
                RoleAssignment.PrincipalType.Group,
                role,
                directory,
                NOW,
                "bench");
    }

    private static UUID uuid(Random random) {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private static void check(Decision actual, Decision expected) {
        if (actual != expected)
            throw new IllegalStateException("benchmark world is wrong: " + actual + " != " + expected);
    }
}
