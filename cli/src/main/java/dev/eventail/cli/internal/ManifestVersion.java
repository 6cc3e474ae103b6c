package dev.eventail.cli.internal;

import picocli.CommandLine.IVersionProvider;

/** The version written in the jar's manifest by the build, so that no code repeats it. */
public final class ManifestVersion implements IVersionProvider {

    /** The {@code Implementation-Version} of the running jar, or a note saying there is none. */
    public static String version() {
        String v = ManifestVersion.class.getPackage().getImplementationVersion();
        return v != null ? v : "(development build, no jar manifest)";
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "eventail " + version(),
            "Java "
                    + System.getProperty("java.version")
                    + " ("
                    + System.getProperty("java.vendor")
                    + ")"
        };
    }
}
