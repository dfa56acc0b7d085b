package dqnsweep.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest (Maven writes Implementation-Version). */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"dqn-sweep " + (version == null ? "development build" : version)};
    }
}
