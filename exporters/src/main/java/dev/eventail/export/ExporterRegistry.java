package dev.eventail.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The exporters installed: those {@link ServiceLoader} finds on the class path or module path,
 * sorted by format id. Immutable and thread-safe.
 *
 * <pre>{@code
 * for (Exporter e : ExporterRegistry.load().all()) System.out.println(e.formatId());
 * }</pre>
 */
public final class ExporterRegistry {

    private final List<Exporter> exporters;

    private ExporterRegistry(List<Exporter> exporters) {
        List<Exporter> sorted = new ArrayList<>(exporters);
        sorted.sort(Comparator.comparing(Exporter::formatId));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).formatId().equals(sorted.get(i - 1).formatId())) {
                throw new IllegalStateException(
                        "two exporters claim format id '"
                                + sorted.get(i).formatId()
                                + "': "
                                + sorted.get(i - 1).getClass().getName()
                                + " and "
                                + sorted.get(i).getClass().getName());
            }
        }
        this.exporters = List.copyOf(sorted);
    }

    /** The exporters visible to this class's class loader. */
    public static ExporterRegistry load() {
        return load(ExporterRegistry.class.getClassLoader());
    }

    /** The exporters visible to {@code loader}. */
    public static ExporterRegistry load(ClassLoader loader) {
        List<Exporter> found = new ArrayList<>();
        ServiceLoader.load(Exporter.class, loader).forEach(found::add);
        return new ExporterRegistry(found);
    }

    /** A registry of exactly these exporters. */
    public static ExporterRegistry of(List<Exporter> exporters) {
        return new ExporterRegistry(exporters);
    }

    /** All exporters, by format id. */
    public List<Exporter> all() {
        return exporters;
    }

    /** The exporter with this format id. */
    public Optional<Exporter> find(String formatId) {
        return exporters.stream().filter(e -> e.formatId().equals(formatId)).findFirst();
    }

    /**
     * The exporter with this format id.
     *
     * @throws IllegalArgumentException naming the id and the ids known
     */
    public Exporter require(String formatId) {
        return find(formatId)
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "unknown format '"
                                                + formatId
                                                + "'; installed: "
                                                + exporters.stream()
                                                        .map(Exporter::formatId)
                                                        .toList()));
    }
}
