package io.github.khabar.cli;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the input texts (files, or directories walked in sorted order), reads them as strict UTF-8 and
 * picks up sidecar {@code metadata.json} files. A file that cannot be decoded names its byte offset.
 */
final class DocumentSource {
    /** One input text, or the reason it could not be read. */
    record Input(Path path, String id, String text, LocalDate published, String outlet, String error,
                 String warning) {
        boolean ok() {
            return error == null;
        }
    }

    /** Metadata of one document from a sidecar file. */
    record Meta(LocalDate published, String outlet) {}

    private DocumentSource() {}

    /** Every .txt file under the paths, in order; a missing path or an empty directory is an error. */
    static List<Path> expand(List<Path> paths) throws IOException, UsageException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new UsageException("no such file or directory: " + p);
            }
            if (Files.isDirectory(p)) {
                List<Path> texts;
                try (Stream<Path> s = Files.walk(p)) {
                    texts = s.filter(Files::isRegularFile)
                            .filter(f -> f.getFileName().toString().endsWith(".txt"))
                            .sorted()
                            .toList();
                }
                if (texts.isEmpty()) {
                    throw new UsageException("no .txt files in directory: " + p);
                }
                out.addAll(texts);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** A document's id: its file name without {@code .txt}. */
    static String id(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    }

    static Input read(Path file, Map<String, Meta> metadata, LocalDate publishedOverride, boolean lenient) {
        return read(file, metadata, publishedOverride, lenient, Long.MAX_VALUE);
    }

    /** As above; a file of more than {@code maxBytes} bytes is not read (an error naming its size). */
    static Input read(Path file, Map<String, Meta> metadata, LocalDate publishedOverride, boolean lenient,
                      long maxBytes) {
        String id = id(file);
        Meta meta = metadata.get(id);
        LocalDate published = publishedOverride != null ? publishedOverride : meta != null ? meta.published() : null;
        String outlet = meta != null ? meta.outlet() : null;
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return new Input(file, id, null, published, outlet, file + ": " + size + " bytes, too large to read"
                        + " (more than " + maxBytes + " bytes always decodes to more chars than the document limit)",
                        null);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            return new Input(file, id, null, published, outlet, "cannot read " + file + ": " + e.getMessage(), null);
        }
        try {
            String text = decodeStrict(bytes);
            return new Input(file, id, text, published, outlet, null, null);
        } catch (MalformedInputException e) {
            String where = file + ": invalid UTF-8 at byte offset " + e.offset;
            if (!lenient) {
                return new Input(file, id, null, published, outlet, where + " (use --lenient to replace bad bytes)", null);
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            return new Input(file, id, text, published, outlet, null, where + "; bad bytes replaced with U+FFFD");
        }
    }

    /** Decodes UTF-8, reporting the offset of the first malformed byte. */
    static String decodeStrict(byte[] bytes) throws MalformedInputException {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            throw new MalformedInputException(in.position());
        }
        r = dec.flush(out);
        if (r.isError()) {
            throw new MalformedInputException(in.position());
        }
        out.flip();
        String s = out.toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** Invalid UTF-8 at a byte offset. */
    static final class MalformedInputException extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        final int offset;

        MalformedInputException(int offset) {
            this.offset = offset;
        }

        @Override
        public String getMessage() {
            return "invalid UTF-8 at byte offset " + offset;
        }
    }

    /** Sidecar metadata of every directory that holds one of the files. */
    static Map<String, Meta> metadata(List<Path> files, List<String> warnings) {
        Map<String, Meta> out = new HashMap<>();
        JsonMapper mapper = JsonMapper.builder().build();
        List<Path> seen = new ArrayList<>();
        for (Path f : files) {
            Path dir = f.toAbsolutePath().getParent();
            if (dir == null || seen.contains(dir)) continue;
            seen.add(dir);
            Path meta = dir.resolve("metadata.json");
            if (!Files.isRegularFile(meta)) continue;
            try {
                JsonNode root = mapper.readTree(Files.readString(meta, StandardCharsets.UTF_8));
                if (!root.isArray()) {
                    warnings.add(meta + ": expected a JSON array of {id, published, outlet}; ignored");
                    continue;
                }
                for (JsonNode n : root) {
                    String id = n.path("id").asString(null);
                    if (id == null) continue;
                    LocalDate published = null;
                    String p = n.path("published").asString(null);
                    if (p != null && !p.isBlank()) {
                        try {
                            published = LocalDate.parse(p);
                        } catch (DateTimeParseException e) {
                            warnings.add(meta + ": document " + id + ": published is not YYYY-MM-DD: " + p);
                        }
                    }
                    out.put(id, new Meta(published, n.path("outlet").asString(null)));
                }
            } catch (IOException | RuntimeException e) {
                warnings.add(meta + ": cannot read metadata: " + e.getMessage());
            }
        }
        return out;
    }

    /** A command-line mistake: a message for the user and exit code 2. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
