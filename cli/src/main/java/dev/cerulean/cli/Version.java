package dev.cerulean.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version the build wrote into cerulean-version.properties. */
public final class Version implements IVersionProvider {
    public static String number() {
        try (InputStream in = Version.class.getResourceAsStream("/cerulean-version.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Cerulean " + number(), "Java " + System.getProperty("java.version")};
    }
}
