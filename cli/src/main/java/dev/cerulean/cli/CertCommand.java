package dev.cerulean.cli;

import dev.cerulean.server.tls.CertificateFiles;
import dev.cerulean.server.tls.ServerCertificate;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cerulean cert export}: what clients need to trust the HTTPS listeners. */
@Command(
        name = "cert",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "The TLS certificate of the HTTPS listeners.")
final class CertCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static CommandLine with(Main main) {
        return new CommandLine(new CertCommand()).addSubcommand(new Export(main));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = "Write the server certificate as PEM or as a PKCS#12 trust store (creating it if this data "
                    + "directory has none yet).")
    static final class Export implements Callable<Integer> {
        private final Main main;

        @Mixin
        StoreOptions store = new StoreOptions();

        @Mixin
        TlsOptions tls = new TlsOptions();

        @Option(
                names = "--host",
                paramLabel = "NAME",
                description = "Host name the certificate must also name, as given to serve (env CERULEAN_HOST).")
        String host;

        static final class Target {
            @Option(
                    names = "--pem",
                    paramLabel = "FILE",
                    required = true,
                    description = "Write the certificate chain as PEM.")
            Path pem;

            @Option(
                    names = "--truststore",
                    paramLabel = "FILE",
                    required = true,
                    description = "Write a PKCS#12 trust store (for Java: javax.net.ssl.trustStore).")
            Path trustStore;
        }

        @ArgGroup(exclusive = true, multiplicity = "1")
        Target target;

        @Option(
                names = "--truststore-password",
                paramLabel = "PASSWORD",
                description = "Password of the trust store (default changeit).")
        String trustStorePassword = "changeit";

        Export(Main main) {
            this.main = main;
        }

        @Override
        public Integer call() {
            StoreSettings settings = store.resolve();
            String name = Setting.of("--host", host, ServeCommand.DEFAULT_HOST).value();
            ServerCertificate certificate = tls.certificate(settings.dataDirectory(), List.of(name));
            if (target.pem != null) {
                CertificateFiles.writePem(certificate, target.pem);
                main.out.println("Wrote the certificate to " + target.pem + " (PEM).");
            } else {
                CertificateFiles.writeTrustStore(certificate, target.trustStore, trustStorePassword.toCharArray());
                main.out.println("Wrote the trust store to " + target.trustStore + " (PKCS#12).");
            }
            main.out.println(
                    "  subject: " + certificate.leaf().getSubjectX500Principal().getName());
            main.out.println("  valid until: " + CertificateFiles.notAfter(certificate));
            return 0;
        }
    }
}
