package dqnsweep.io;

import dqnsweep.BadInputException;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * One sweep per results folder (and shard): a file lock held for the sweep's life. Two sweeps on
 * one folder both ran everything, and four made runs fail spuriously. The operating system
 * releases the lock when its process dies, however it dies, so a lock file left by a dead sweep on
 * this host is simply taken over. The file also says who holds it ("host pid start-time"), for the
 * message of whoever is refused, and for a folder shared over a network file system, where another
 * host's lock may not be visible: a file of another host's sweep is only taken with {@code force}.
 * The file stays after the sweep, emptied; it is never deleted, since a process that opened the
 * old file could otherwise lock it while a third locks a new one.
 */
public final class SweepLock implements AutoCloseable {

    /** The whole grid's lock; a shard's is {@code .sweep-shard-I-of-N.lock}. */
    public static final String WHOLE = ".sweep.lock";
    private static final String PREFIX = ".sweep";
    private static final String SUFFIX = ".lock";
    private static final int MAX_CONTENT = 1024;

    private final FileChannel channel;
    private final FileLock lock;
    private final Optional<Holder> takenOver;

    /** Who holds (or held) a lock: the content of its file. */
    public record Holder(String host, String pid, String started) {
        static Optional<Holder> parse(String content) {
            String[] words = content.trim().split("\\s+");
            return words.length >= 3 ? Optional.of(new Holder(words[0], words[1], words[2])) : Optional.empty();
        }

        @Override
        public String toString() {
            return "host " + host + ", PID " + pid + ", started " + started;
        }
    }

    private SweepLock(FileChannel channel, FileLock lock, Optional<Holder> takenOver) {
        this.channel = channel;
        this.lock = lock;
        this.takenOver = takenOver;
    }

    /** The lock file's name for {@code shard} ({@code I/N}), or for the whole grid when null. */
    public static String fileName(String shard) {
        return shard == null ? WHOLE : PREFIX + "-shard-" + shard.replace("/", "-of-") + SUFFIX;
    }

    public static boolean isLockFile(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(PREFIX) && name.endsWith(SUFFIX);
    }

    /**
     * Takes folder {@code root}'s lock {@code name} for this process, or refuses (exit 2) naming the
     * sweep that holds it. With {@code force}, a file another host wrote is taken over too.
     */
    public static SweepLock acquire(Path root, String name, boolean force) throws IOException {
        Path file = root.resolve(name);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = tryLock(channel, false);
            if (lock == null) {
                throw new BadInputException(root + " is in use by another sweep (" + describe(read(channel))
                        + "); wait for it to end or stop it");
            }
            Optional<Holder> previous = Holder.parse(read(channel));
            if (previous.isPresent() && !previous.get().host().equals(host()) && !force) {
                throw new BadInputException(root + " has the lock file " + name + " of a sweep on another host ("
                        + previous.get() + "), which this host cannot check; if it no longer runs, add --force");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((host() + " " + ProcessHandle.current().pid() + " " + Instant.now() + "\n")
                    .getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            return new SweepLock(channel, lock, previous);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The sweeps running on folder {@code root} (any of its locks held by a live process), described. */
    public static Optional<String> running(Path root) {
        return running(root, name -> true);
    }

    /** The sweeps holding those of folder {@code root}'s locks whose file names {@code names} accepts. */
    public static Optional<String> running(Path root, Predicate<String> names) {
        List<String> holders = new ArrayList<>();
        try (Stream<Path> files = Files.list(root)) {
            for (Path file : files.filter(SweepLock::isLockFile)
                    .filter(file -> names.test(file.getFileName().toString())).sorted().toList()) {
                held(file).ifPresent(holders::add);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return holders.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", holders));
    }

    /**
     * Refuses (exit 2) to let {@code command} work on a folder a sweep is writing: its files change
     * under the command's feet, and the sweep rewrites them when it ends.
     */
    public static void refuseWhileRunning(Path root, String command) {
        if (Files.isDirectory(root)) {
            running(root).ifPresent(holder -> {
                throw new BadInputException(command + ": a sweep is running on " + root + " (" + holder
                        + "); run " + command + " when it has ended");
            });
        }
    }

    /** The sweep that held this lock before, when its file was left by a process that died. */
    public Optional<Holder> takenOver() {
        return takenOver;
    }

    /** Empties the file, then releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            channel.truncate(0);
            lock.release();
        } finally {
            channel.close();
        }
    }

    private static Optional<String> held(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            FileLock probe = tryLock(channel, true);
            if (probe != null) {
                probe.release();
                return Optional.empty();
            }
            return Optional.of(describe(read(channel)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A lock, or null when another process, or this JVM, holds it. */
    private static FileLock tryLock(FileChannel channel, boolean shared) throws IOException {
        try {
            return channel.tryLock(0, Long.MAX_VALUE, shared);
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(MAX_CONTENT);
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    private static String describe(String content) {
        return Holder.parse(content).map(Holder::toString).orElse("holder unknown");
    }

    /** This host's name, without a DNS lookup where the kernel tells it. */
    static String host() {
        try {
            Path kernel = Path.of("/proc/sys/kernel/hostname");
            if (Files.isReadable(kernel)) {
                return Files.readString(kernel).trim();
            }
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
