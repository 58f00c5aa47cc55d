package dev.cerulean.cli;

import dev.cerulean.core.Ports;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Guid;
import dev.cerulean.core.directory.Domain;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --directory ID|DOMAIN}: the commands that act in one directory name it by tenant id or verified domain. */
final class DirectoryOption {
    @Option(
            names = "--directory",
            required = true,
            paramLabel = "ID|DOMAIN",
            description = "The directory: its tenant id or any verified domain.")
    String directory;

    /** The named directory, when the store holds it. */
    Optional<DirectoryId> in(Ports p) {
        String trimmed = directory.trim();
        Optional<DirectoryId> byId = Guid.parse(trimmed)
                .map(DirectoryId::new)
                .filter(d -> p.directories().byId(d).isPresent());
        if (byId.isPresent()) return byId;
        return p.directories().domainsNamed(trimmed).stream()
                .filter(Domain::verified)
                .map(Domain::directory)
                .findFirst();
    }

    @Override
    public String toString() {
        return directory;
    }
}
