package dev.cerulean.cli;

import dev.cerulean.core.Ports;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.server.identity.IdentitySettings;
import dev.cerulean.server.identity.SigningKeyRing;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code cerulean keys rotate}: makes a new key sign a directory's tokens from now on. The old key
 * stays in the JWKS until the tokens it signed have expired, so nothing already issued breaks.
 * (Keys also rotate by themselves after 30 days.) A running server picks the new key up within
 * its key cache's lifetime or at its next start.
 */
@Command(
        name = "keys",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Token-signing keys of the identity platform.")
final class KeysCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static CommandLine with(Main main) {
        return new CommandLine(new KeysCommand())
                .addSubcommand(new Rotate(main))
                .addSubcommand(new Reseal(main));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "rotate",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = "Retire a directory's signing key and create the next one.")
    static final class Rotate implements Callable<Integer> {
        private final Main main;

        @Mixin
        StoreOptions store = new StoreOptions();

        @Mixin
        DirectoryOption directory = new DirectoryOption();

        Rotate(Main main) {
            this.main = main;
        }

        @Override
        public Integer call() {
            try (StoreOpener.OpenStore opened = main.opener.open(store.resolve())) {
                Ports p = opened.ports();
                Optional<DirectoryId> id = directory.in(p);
                if (id.isEmpty()) {
                    main.err.println("cerulean: no directory " + directory + " in the store");
                    return 1;
                }
                String kid = new SigningKeyRing(p.transactions(), p.signingKeys(), p.clock(), IdentitySettings.DEFAULT)
                        .rotate(id.get());
                main.out.println("Directory " + id.get() + " now signs with key " + kid + ".");
                return 0;
            }
        }
    }

    @Command(
            name = "reseal",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = "Rotate the key-encryption key: seal every private signing key with a new one. Stop the "
                    + "server first. The new key replaces DATA/key-encryption.key, or, when the current key was given "
                    + "by --key-encryption-key or CERULEAN_KEY_ENCRYPTION_KEY, is printed once to give from now on.")
    static final class Reseal implements Callable<Integer> {
        private final Main main;

        @Mixin
        StoreOptions store = new StoreOptions();

        Reseal(Main main) {
            this.main = main;
        }

        @Override
        public Integer call() {
            byte[] next = dev.cerulean.store.secret.KeyEncryption.newKey();
            try (StoreOpener.OpenStore opened = main.opener.open(store.resolve())) {
                StoreOpener.Resealed done = opened.resealKeys(next);
                if (done.keyFile() != null) {
                    main.out.println("Sealed " + done.keys() + " signing keys with a new key-encryption key, now in "
                            + done.keyFile() + ".");
                } else {
                    main.out.println(
                            "Sealed " + done.keys() + " signing keys with a new key-encryption key. Give it from "
                                    + "now on (CERULEAN_KEY_ENCRYPTION_KEY or --key-encryption-key); it is not stored:");
                    main.out.println(java.util.Base64.getEncoder().encodeToString(next));
                }
                return 0;
            }
        }
    }
}
