package brass.server.cli;

import brass.world.build.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A copy of the checkout's {@code bin/brass} in a folder of its own, beside a
 * {@code server/target/brass.jar} and no sources: the launcher finds nothing to build and runs that
 * jar, as it runs the one Maven builds.
 */
final class LauncherCopy {

    private LauncherCopy() {
    }

    /**
     * Copies the launcher into {@code root} with a {@code brass.jar} that holds {@code contents}
     * (folders of classes, empty for none) and whose manifest starts {@link BrassCommand} on
     * {@code classPath}. Returns the launcher.
     */
    static Path make(Path root, List<Path> contents, List<Path> classPath) throws IOException {
        Path script = root.resolve("bin/brass");
        Files.createDirectories(script.getParent());
        Files.copy(TestPaths.repositoryRoot().resolve("bin/brass"), script);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        // The folders the launcher looks in for sources newer than the jar: the modules, empty here.
        try (Stream<Path> modules = Files.list(TestPaths.repositoryRoot())) {
            for (Path module : modules.filter(m -> Files.isRegularFile(m.resolve("pom.xml"))).toList()) {
                Files.createDirectories(root.resolve(module.getFileName().toString()));
            }
        }
        Files.createDirectories(root.resolve("server/target"));
        Path pom = Files.createFile(root.resolve("pom.xml"));
        Files.setLastModifiedTime(pom, FileTime.fromMillis(0));
        jar(root.resolve("server/target/brass.jar"), contents, classPath);
        return script;
    }

    /** A jar of the files in {@code contents}, whose manifest starts {@link BrassCommand} on {@code classPath}. */
    static void jar(Path jar, List<Path> contents, List<Path> classPath) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, BrassCommand.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH,
                classPath.stream().map(entry -> entry.toUri().toString()).collect(Collectors.joining(" ")));
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (Path folder : contents) {
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        out.putNextEntry(new JarEntry(folder.relativize(file).toString().replace('\\', '/')));
                        Files.copy(file, out);
                        out.closeEntry();
                    }
                }
            }
        }
    }
}
