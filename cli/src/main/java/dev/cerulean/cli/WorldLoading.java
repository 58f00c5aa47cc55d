package dev.cerulean.cli;

import dev.cerulean.cli.StoreOpener.OpenStore;
import dev.cerulean.core.world.LoadWorld;
import dev.cerulean.core.world.World;
import dev.cerulean.worldfile.WorldYaml;
import java.io.PrintWriter;

/** Loads a world through {@link LoadWorld} and tells people what happened. */
final class WorldLoading {
    private WorldLoading() {}

    /** Exit code: 0 loaded, 1 refused (e.g. the store is not empty), 2 the world itself is wrong. */
    static int load(OpenStore store, WorldSource source, PrintWriter out, PrintWriter err) {
        return load(store, source, out, err, LoadProgress.silent());
    }

    static int load(OpenStore store, WorldSource source, PrintWriter out, PrintWriter err, LoadProgress progress) {
        LoadWorld.Result result;
        try {
            // the world is handed to the loader without being kept here, so that it can let it go
            result = new LoadWorld(store.ports()).load(read(source, progress), progress);
        } catch (WorldYaml.Unreadable e) {
            e.problems().forEach(p -> err.println("cerulean: " + p));
            return 2;
        }
        if (result instanceof LoadWorld.Loaded l) {
            store.refreshStatistics();
            out.printf(
                    "Loaded world %s: %d Microsoft accounts, %d directories, %d users, %d apps, %d subscriptions%n",
                    source.name(), l.accounts(), l.directories(), l.users(), l.apps(), l.subscriptions());
            return 0;
        }
        var problems = ((LoadWorld.Invalid) result).problems();
        source.describeAll(problems).forEach(p -> err.println("cerulean: " + p));
        return problems.size() == 1 && problems.get(0).path().isEmpty() ? 1 : 2;
    }

    private static World read(WorldSource source, LoadProgress progress) throws WorldYaml.Unreadable {
        World world = source.read(progress);
        progress.checking();
        return world;
    }
}
