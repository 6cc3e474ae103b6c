/**
 * The library entry points: {@link dev.eventail.parser.PostParser} reads one post, {@link
 * dev.eventail.parser.ArchiveReader} streams the posts of a folder, {@link
 * dev.eventail.parser.SiteConfig} holds what a site's {@code _config.yml} says, and {@link
 * dev.eventail.parser.DiagnosticCodes} lists the stable codes of the problems reported.
 *
 * <pre>{@code
 * ArchiveReader archive = ArchiveReader.open(Path.of("my-site"));
 * archive.posts().forEach(post -> {
 *     post.events().forEach(e -> System.out.println(e.id() + " " + e.start()));
 *     post.diagnostics().forEach(System.err::println);
 * });
 * }</pre>
 */
@NullMarked
package dev.eventail.parser;

import org.jspecify.annotations.NullMarked;
