/**
 * The exporter SPI: how events leave eventail.
 *
 * <p>An {@link dev.eventail.export.Exporter} has a fixed format id, a default file name and a media
 * type, and opens a streaming {@link dev.eventail.export.EventSink} on an {@link
 * java.io.OutputStream}. Exporters are found with {@link java.util.ServiceLoader} through {@link
 * dev.eventail.export.ExporterRegistry}; a third party registers one in {@code
 * META-INF/services/dev.eventail.export.Exporter}.
 */
@NullMarked
package dev.eventail.export;

import org.jspecify.annotations.NullMarked;
