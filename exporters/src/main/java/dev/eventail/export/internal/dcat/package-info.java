/**
 * The DCAT catalogue exporter, written with Jena; Jena is loaded only when a catalogue is opened.
 */
@NullMarked
package dev.eventail.export.internal.dcat;

import org.jspecify.annotations.NullMarked;
