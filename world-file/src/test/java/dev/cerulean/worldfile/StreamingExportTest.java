package dev.cerulean.worldfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.world.ExportWorld;
import dev.cerulean.core.world.LoadWorld;
import dev.cerulean.core.world.World;
import java.io.StringWriter;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exports written part by part are the documents written whole, and load back. */
class StreamingExportTest {

    private static String streamed(Ports ports) throws Exception {
        StringWriter out = new StringWriter();
        WorldYaml.StreamingWriter writer = WorldYaml.writer(out);
        new ExportWorld(ports).export(writer);
        writer.finish();
        return out.toString();
    }

    @Test
    void theDemoWorldStreamedIsTheDocumentWrittenWhole() throws Exception {
        Ports ports = Worlds.kelleyWall().ports();

        String streamed = streamed(ports);

        assertThat(streamed).isEqualTo(WorldYaml.write(new ExportWorld(ports).export()));
        assertThat(streamed).contains("accounts:").contains("directories:").contains("subscriptions:");
    }

    @Test
    void aGeneratedWorldStreamedLoadsIntoAnotherStoreAndExportsTheSame() throws Exception {
        // given a generated world loaded into a store
        StringWriter generated = new StringWriter();
        WorldGenerator.write(new WorldGenerator.Shape(3, 30, 5, 4, 7), generated);
        Ports ports = InMemoryPorts.create(Clock.systemUTC(), IdGenerator.random());
        assertThat(new LoadWorld(ports)
                        .load(WorldYaml.read("g.yaml", generated.toString()).world())
                        .isLoaded())
                .isTrue();

        // when it is exported part by part and loaded into another store
        String first = streamed(ports);
        Ports copy = InMemoryPorts.create(Clock.systemUTC(), IdGenerator.random());
        assertThat(new LoadWorld(copy)
                        .load(WorldYaml.read("e.yaml", first).world())
                        .isLoaded())
                .isTrue();

        // then the copy exports the same document
        assertThat(streamed(copy)).isEqualTo(first);
    }

    @Test
    void sectionsWithoutPartsAreLeftOutAsInAWholeDocument() throws Exception {
        World onlyAccounts = new World(
                List.of(new World.AccountSpec(null, "a@outlook.com", "A", null, "$argon2id$x", null)),
                List.of(),
                List.of());
        StringWriter out = new StringWriter();
        WorldYaml.StreamingWriter writer = WorldYaml.writer(out);
        writer.accounts(onlyAccounts.accounts());
        writer.finish();

        assertThat(out.toString()).isEqualTo(WorldYaml.write(onlyAccounts));
    }
}
