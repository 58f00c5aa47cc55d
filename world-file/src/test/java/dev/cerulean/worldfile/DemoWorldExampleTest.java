package dev.cerulean.worldfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.world.DemoWorld;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/examples/demo-world.yaml is the demo world, word for word (-Dregenerate=true rewrites it). */
class DemoWorldExampleTest {
    private static final Path EXAMPLE = Path.of("..", "docs", "examples", "demo-world.yaml");

    @Test
    void theDocumentedExampleIsTheDemoWorld() throws Exception {
        String yaml = WorldYaml.write(DemoWorld.world());
        if (Boolean.getBoolean("regenerate")) Files.writeString(EXAMPLE, yaml);

        assertThat(Files.readString(EXAMPLE)).isEqualTo(yaml);
        assertThat(WorldYaml.read(EXAMPLE).world()).isEqualTo(DemoWorld.world());
    }
}
