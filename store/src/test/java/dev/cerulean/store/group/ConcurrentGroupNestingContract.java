package dev.cerulean.store.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.UseCases;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.directory.group.CreateGroup;
import dev.cerulean.core.directory.group.Group;
import dev.cerulean.core.directory.group.GroupMember;
import dev.cerulean.core.fixtures.Worlds;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Two administrators nest two groups in each other at the same moment, through a real database:
 * the directory's row lock makes them take turns, so one wins and the other is refused
 * (GroupMembershipCycle, or PreconditionFailed where the database gave up waiting): never a cycle.
 */
public abstract class ConcurrentGroupNestingContract {
    protected abstract Ports freshPorts();

    @RepeatedTest(5)
    void GroupMembershipCycle_twoRacingNestingsNeverMakeACycle() throws Exception {
        Ports p = freshPorts();
        var world = Worlds.kelleyWall(p);
        UseCases uses = UseCases.of(p);
        var admin = world.contosoGlobalAdministrator();
        Group a = uses.groups()
                .create()
                .create(admin, Worlds.CONTOSO, CreateGroup.Request.security("A", "a", null))
                .orThrow();
        Group b = uses.groups()
                .create()
                .create(admin, Worlds.CONTOSO, CreateGroup.Request.security("B", "b", null))
                .orThrow();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Outcome<GroupMember>>> results = new ArrayList<>();
        for (ObjectId[] pair : new ObjectId[][] {{a.id(), b.id()}, {b.id(), a.id()}}) {
            results.add(pool.submit(() -> {
                start.await();
                return uses.groups().members().addMember(admin, Worlds.CONTOSO, pair[0], pair[1]);
            }));
        }
        start.countDown();
        int ok = 0;
        for (var r : results) if (r.get().isOk()) ok++;
        pool.shutdown();

        assertThat(ok).isEqualTo(1);
        int edges = p.groups().members(Worlds.CONTOSO, a.id()).size()
                + p.groups().members(Worlds.CONTOSO, b.id()).size();
        assertThat(edges).isEqualTo(1);
        assertThat(p.groups().transitiveGroupsOf(Worlds.CONTOSO, a.id())).doesNotContain(a.id());
        assertThat(p.groups().transitiveGroupsOf(Worlds.CONTOSO, b.id())).doesNotContain(b.id());
    }
}
