package dev.eventail.cli.internal.input;

import dev.eventail.model.Diagnostic;
import dev.eventail.parser.SiteConfig;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What every kind of input knows once opened: the name the user gave, the site's {@code
 * _config.yml}, its {@code eventail.yml}, and the problems met while listing it. Subclasses set
 * {@link #site} and {@link #datasetFile} in their constructor, once they have found them.
 */
abstract class SiteInput implements PostInput {

    private final String label;
    protected SiteConfig site = SiteConfig.none();
    protected @Nullable String datasetFile;
    protected final List<Diagnostic> diagnostics = new ArrayList<>();

    SiteInput(String label) {
        this.label = label;
    }

    @Override
    public final String label() {
        return label;
    }

    @Override
    public final SiteConfig site() {
        return site;
    }

    @Override
    public final @Nullable String datasetFile() {
        return datasetFile;
    }

    @Override
    public final List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
