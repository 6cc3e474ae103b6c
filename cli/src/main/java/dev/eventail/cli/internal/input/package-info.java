/**
 * What a run reads: folders, single posts, zip and tar archives, seen alike as sorted post files.
 */
@NullMarked
package dev.eventail.cli.internal.input;

import org.jspecify.annotations.NullMarked;
