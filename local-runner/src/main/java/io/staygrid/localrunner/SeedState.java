package io.staygrid.localrunner;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What has been seeded so far, kept next to the database files: the catalog (ids of what was
 * created) and whether base rates were set. Each step is done once; a step skipped because its
 * service was not built yet runs on a later start.
 */
public final class SeedState {

    private final Path directory;

    public SeedState(Path directory) {
        this.directory = directory;
    }

    public Optional<List<SeededRoomType>> catalog() {
        Path file = directory.resolve("catalog.properties");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<SeededRoomType> types = new ArrayList<>();
        for (int i = 0; p.containsKey(i + ".roomTypeId"); i++) {
            types.add(new SeededRoomType(Long.parseLong(p.getProperty(i + ".hotelId")),
                    Long.parseLong(p.getProperty(i + ".roomTypeId")), p.getProperty(i + ".currency"),
                    Long.parseLong(p.getProperty(i + ".rateUnits"))));
        }
        return Optional.of(types);
    }

    public void saveCatalog(List<SeededRoomType> types) {
        Properties p = new Properties();
        for (int i = 0; i < types.size(); i++) {
            SeededRoomType t = types.get(i);
            p.setProperty(i + ".hotelId", Long.toString(t.hotelId()));
            p.setProperty(i + ".roomTypeId", Long.toString(t.roomTypeId()));
            p.setProperty(i + ".currency", t.currencyCode());
            p.setProperty(i + ".rateUnits", Long.toString(t.nightlyRateUnits()));
        }
        write("catalog.properties", w -> p.store(w, "room types created by the demo seeding"));
    }

    public boolean ratesDone() {
        return Files.isRegularFile(directory.resolve("rates.done"));
    }

    public void markRatesDone() {
        write("rates.done", w -> w.write("base rates of the demo chain are set\n"));
    }

    private interface Content {
        void writeTo(Writer w) throws IOException;
    }

    /** Writes through a temporary file so a crash never leaves half a marker. */
    private void write(String name, Content content) {
        try {
            Files.createDirectories(directory);
            Path tmp = directory.resolve(name + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                content.writeTo(w);
            }
            Files.move(tmp, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
