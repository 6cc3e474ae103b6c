package dev.eventail.cli.internal.output;

import dev.eventail.cli.internal.FileIo;
import dev.eventail.export.WrittenFile;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The files of one run, all or nothing: each is written to a hidden temporary file in the output
 * folder (same file system, so the final rename is atomic) and renamed over its final name only by
 * {@link #commit()}. {@link #rollback()}, a failed run or an interrupted JVM (a shutdown hook)
 * deletes the temporary files and leaves the previous outputs untouched.
 */
public final class OutputTransaction implements AutoCloseable {

    /** Marks eventail's temporary files, so that a later run can remove those a crash left. */
    static final String TEMP_MARK = ".eventail-tmp-";

    private static final Set<OutputTransaction> OPEN = ConcurrentHashMap.newKeySet();
    private static final AtomicLong SEQUENCE = new AtomicLong();

    static {
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> OPEN.forEach(OutputTransaction::rollback),
                                "eventail-output-cleanup"));
    }

    private final Path folder;
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private boolean finished;

    private final class Pending {
        final String fileName;
        final String formatId;
        final String mediaType;
        final Path temp;
        final MessageDigest digest = sha256();
        long size;
        boolean closed;
        String sha256 = "";

        Pending(String fileName, String formatId, String mediaType, Path temp) {
            this.fileName = fileName;
            this.formatId = formatId;
            this.mediaType = mediaType;
            this.temp = temp;
        }

        WrittenFile written() {
            return new WrittenFile(fileName, formatId, mediaType, size, sha256);
        }
    }

    private final FileIo io;

    private OutputTransaction(Path folder, FileIo io) {
        this.folder = folder;
        this.io = io;
    }

    /**
     * Starts a transaction in {@code folder}, creating it, and removing temporary files that a
     * killed earlier run left.
     */
    public static OutputTransaction begin(Path folder) throws IOException {
        return begin(folder, FileIo.REAL);
    }

    /** As {@link #begin(Path)}, the temporary files created through {@code io}. */
    public static OutputTransaction begin(Path folder, FileIo io) throws IOException {
        Files.createDirectories(folder);
        if (!Files.isWritable(folder)) {
            throw new java.nio.file.AccessDeniedException(folder.toString(), null, "not writable");
        }
        try (DirectoryStream<Path> stale =
                Files.newDirectoryStream(folder, "." + "*" + TEMP_MARK + "*")) {
            for (Path p : stale) Files.deleteIfExists(p);
        }
        OutputTransaction t = new OutputTransaction(folder, io);
        OPEN.add(t);
        return t;
    }

    /**
     * Opens {@code fileName} for writing; its size and SHA-256 are taken as it is written.
     *
     * @throws IOException when another output of this run already has that name
     */
    public synchronized OutputStream open(String fileName, String formatId, String mediaType)
            throws IOException {
        if (finished) throw new IllegalStateException("transaction already finished");
        if (fileName.isEmpty()
                || fileName.contains("/")
                || fileName.contains("\\")
                || fileName.startsWith(".")) {
            throw new IOException("not a plain file name: \"" + fileName + "\"");
        }
        if (pending.containsKey(fileName)) {
            throw new IOException(
                    "two outputs of this run are named "
                            + fileName
                            + " ("
                            + pending.get(fileName).formatId
                            + " and "
                            + formatId
                            + ")");
        }
        Path temp =
                folder.resolve(
                        "."
                                + fileName
                                + TEMP_MARK
                                + ProcessHandle.current().pid()
                                + "-"
                                + SEQUENCE.incrementAndGet());
        Pending p = new Pending(fileName, formatId, mediaType, temp);
        pending.put(fileName, p);
        OutputStream file = io.newOutputStream(temp);
        return new BufferedOutputStream(
                new FilterOutputStream(file) {
                    @Override
                    public void write(int b) throws IOException {
                        out.write(b);
                        p.digest.update((byte) b);
                        p.size++;
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                        p.digest.update(b, off, len);
                        p.size += len;
                    }

                    @Override
                    public void close() throws IOException {
                        if (p.closed) return;
                        p.closed = true;
                        p.sha256 = HexFormat.of().formatHex(p.digest.digest());
                        super.close();
                    }
                },
                1 << 16);
    }

    /**
     * The files written and closed so far, in the order they were opened, with their size and
     * SHA-256.
     */
    public synchronized List<WrittenFile> written() {
        List<WrittenFile> out = new ArrayList<>();
        for (Pending p : pending.values()) {
            if (p.closed) out.add(p.written());
        }
        return out;
    }

    /** Renames every temporary file over its final name. */
    public synchronized void commit() throws IOException {
        for (Pending p : pending.values()) {
            if (!p.closed) throw new IOException(p.fileName + " was never finished");
        }
        for (Pending p : pending.values()) {
            Path target = folder.resolve(p.fileName);
            try {
                Files.move(
                        p.temp,
                        target,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(p.temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        finished = true;
        OPEN.remove(this);
    }

    /** Deletes every temporary file; the final names keep what they had. Safe to call twice. */
    public synchronized void rollback() {
        for (Pending p : pending.values()) {
            try {
                Files.deleteIfExists(p.temp);
            } catch (IOException e) {
                // nothing better to do while failing: the next run removes it
            }
        }
        finished = true;
        OPEN.remove(this);
    }

    /** Rolls back unless committed. */
    @Override
    public void close() {
        if (!finished) rollback();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
