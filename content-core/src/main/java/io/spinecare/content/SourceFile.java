package io.spinecare.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One data file's name (as used in error messages) and raw bytes (hashed into the version). */
record SourceFile(String name, byte[] content) {

    static SourceFile bundled(String name) {
        String resource = "/io/spinecare/content/" + name;
        try (InputStream in = SourceFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new CatalogueException(name + ": bundled data file missing from the classpath", null);
            }
            return new SourceFile(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SourceFile of(Path path) {
        String name = path.getFileName().toString();
        try {
            return new SourceFile(name, Files.readAllBytes(path));
        } catch (IOException e) {
            throw new CatalogueException(name + ": cannot read " + path + " (" + e.getMessage() + ")", e);
        }
    }
}
