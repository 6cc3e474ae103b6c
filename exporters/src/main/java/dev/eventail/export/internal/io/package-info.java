/**
 * What the writers share below their formats: {@code Utf8Output} encodes text straight into bytes,
 * {@code EncodedTerms} keeps the bytes of the few terms every statement repeats.
 */
@NullMarked
package dev.eventail.export.internal.io;

import org.jspecify.annotations.NullMarked;
