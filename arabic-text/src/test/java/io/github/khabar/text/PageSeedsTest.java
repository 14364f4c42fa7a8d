package io.github.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Real scraped pages from the shared folder (a sibling {@code shared} directory found by walking up from the
 * working directory; skipped when absent): no line with a reporting verb is dropped, the title starts the
 * span, and the trailing block of short lines (share/comment prompts, donation banners, wire trailers) is
 * dropped and lies after the span.
 */
class PageSeedsTest {
    /** A word that is قال / أكد / أعلن (with و/ف and the usual past-tense endings); "مقالات" is not one. */
    private static final Pattern REPORTING =
            Pattern.compile("(?<![\\p{L}\\p{M}])[وف]?(قال|أكد|اكد|أعلن|اعلن)(ت|وا|ا|تا)?(?![\\p{L}\\p{M}])");
    /** Lines at most this long (stripped) at the very end of a page are UI, not article prose. */
    private static final int SHORT = 100;

    private static Path shared() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("seeds"))) {
                return candidate;
            }
        }
        return null;
    }

    private static List<Path> pages(Path shared) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String sub : new String[] {"seeds", "dev/texts"}) {
            Path dir = shared.resolve(sub);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(out::add);
                }
            }
        }
        return out;
    }

    private record Line(int start, int end, String text) {}

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || PageCleanerTest.isTerminator(text.charAt(i))) {
                out.add(new Line(start, i, text.substring(start, i)));
                if (i < text.length() && text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static boolean reporting(String s) {
        return REPORTING.matcher(s).find();
    }

    private static boolean blank(String s) {
        return s.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    @Test
    void seedsKeepReportedSpeechAndDropTrailingUi() throws IOException {
        Path shared = shared();
        assumeTrue(shared != null, "no ../shared/seeds");
        PageCleaner cleaner = PageCleaner.create();
        int trailingDropped = 0;
        for (Path file : pages(shared)) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            PageContent pc = cleaner.clean(text);
            PageCleanerTest.assertValid(text, pc);
            String name = file.getFileName().toString();
            List<Integer> droppedStarts = pc.dropped().stream().map(DroppedLine::start).toList();
            for (DroppedLine d : pc.dropped()) {
                String line = text.substring(d.start(), d.end());
                assertFalse(reporting(line), () -> name + ": dropped reported speech: " + line);
            }
            List<Line> lines = lines(text);
            Line title = lines.stream().filter(l -> !blank(l.text())).findFirst().orElseThrow();
            assertEquals(title.start(), pc.start(), name + ": title starts the span");
            for (int i = lines.size() - 1; i >= 0; i--) {
                Line l = lines.get(i);
                if (blank(l.text())) {
                    continue;
                }
                if (l.text().strip().length() > SHORT || reporting(l.text())) {
                    break;
                }
                assertTrue(droppedStarts.contains(l.start()), name + ": trailing line kept: " + l.text());
                assertTrue(l.start() >= pc.end(), name + ": trailing line inside the span: " + l.text());
                trailingDropped++;
            }
        }
        assertTrue(trailingDropped >= 5, "the seeds have trailing UI lines: " + trailingDropped);
    }
}
