package io.github.khabar.hosts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import io.github.khabar.Khabar;
import io.github.khabar.KhabarException;
import io.github.khabar.KhabarJson;
import io.github.khabar.model.Actor;
import io.github.khabar.model.Document;
import io.github.khabar.model.Extraction;
import io.github.khabar.model.Meeting;
import io.github.khabar.model.Span;

/**
 * The check every host runs: extract one seed article and find in the result what its text says. Which seed,
 * its publication date and its meetings (mode, words of the participants' names, time) are data:
 * {@code seed-check.properties} beside this class, taken from the seed's gold file.
 */
public final class SeedCheck {
    private static final Properties EXPECTED = load();
    /** The seed text's file name, without {@code .txt}. */
    public static final String SEED = EXPECTED.getProperty("seed");
    /** Its publication date (seeds/texts/metadata.json). */
    public static final LocalDate PUBLISHED = LocalDate.parse(EXPECTED.getProperty("published"));

    private SeedCheck() {}

    private static Properties load() {
        try (InputStream in = SeedCheck.class.getResourceAsStream("seed-check.properties")) {
            check(in != null, "seed-check.properties is missing");
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed document, read from the directory named by the system property {@code khabar.seeds}. */
    public static Document seed() {
        String dir = System.getProperty("khabar.seeds");
        check(dir != null, "system property khabar.seeds is not set");
        try {
            String text = Files.readString(Path.of(dir, SEED + ".txt"), StandardCharsets.UTF_8);
            return Document.of(SEED, text, PUBLISHED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Extracts the seed with {@code khabar}, checks the result, and returns it. */
    public static Extraction extractAndCheck(Khabar khabar) throws KhabarException {
        Document doc = seed();
        Extraction x = khabar.extract(doc);
        check(x, doc.text());
        return x;
    }

    /** Checks an extraction of the seed against the expected meetings, its evidence and its JSON round trip. */
    public static void check(Extraction x, String original) throws KhabarException {
        List<Meeting> meetings = x.meetings();
        int expected = Integer.parseInt(EXPECTED.getProperty("meetings"));
        check(meetings.size() == expected, "expected the seed's " + expected + " meetings, found " + meetings.size());
        List<Meeting> unmatched = new ArrayList<>(meetings);
        for (int i = 1; i <= expected; i++) {
            String mode = EXPECTED.getProperty("meeting." + i + ".mode");
            List<String> words = List.of(EXPECTED.getProperty("meeting." + i + ".names").split(","));
            String time = EXPECTED.getProperty("meeting." + i + ".time");
            Meeting found = unmatched.stream()
                    .filter(m -> mode.equals("ANY") || m.mode().name().equals(mode))
                    .filter(m -> words.stream().allMatch(w -> names(x, m.participants()).contains(w.strip())))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + mode + " meeting of " + words
                            + " among " + meetings));
            check(found.time() != null && time.equals(found.time().value()),
                    "the meeting of " + words + " was on " + time + ": " + found.time());
            unmatched.remove(found);
        }
        for (Meeting m : meetings) {
            for (Span s : m.evidence()) {
                check(original.substring(s.start(), s.end()).equals(s.text()), "evidence offsets: " + s);
            }
        }
        String json = KhabarJson.toJson(x);
        check(KhabarJson.fromJson(json).equals(x), "the JSON does not read back to the same extraction");
    }

    /** The names of these actors, joined by " | ". */
    public static String names(Extraction x, List<String> ids) {
        StringBuilder sb = new StringBuilder();
        for (String id : ids) {
            Actor a = x.actor(id);
            sb.append(sb.length() == 0 ? "" : " | ").append(a == null ? id : a.name());
        }
        return sb.toString();
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new AssertionError(message);
        }
    }
}
