package io.github.khabar.hosts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import io.github.khabar.Khabar;
import io.github.khabar.KhabarException;
import io.github.khabar.KhabarJson;
import io.github.khabar.model.Actor;
import io.github.khabar.model.Document;
import io.github.khabar.model.Extraction;
import io.github.khabar.model.Meeting;
import io.github.khabar.model.Mode;
import io.github.khabar.model.Span;

/**
 * The check every host runs: extract seed 004 and find what its text says. The seed reports that Putin
 * "yesterday, Wednesday" (أمس الأربعاء; published Thursday 13 February 2025, so the 12th) held a phone call
 * (اتصال هاتفي) with al-Sharaa, and that a delegation with Bogdanov met al-Sharaa in Damascus on 28 January
 * (28 من كانون الثاني الماضي); the seed's gold file has these two meetings and no other.
 */
public final class SeedCheck {
    /** The seed text's file name, without {@code .txt}. */
    public static final String SEED = "004_f1091ec8fa528e9a";
    /** Its publication date (seeds/texts/metadata.json). */
    public static final LocalDate PUBLISHED = LocalDate.of(2025, 2, 13);

    private SeedCheck() {}

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

    /** Checks an extraction of the seed against what the text says, and its JSON round trip. */
    public static void check(Extraction x, String original) throws KhabarException {
        List<Meeting> meetings = x.meetings();
        check(meetings.size() == 2, "expected the seed's 2 meetings, found " + meetings.size());
        Meeting call = meetings.stream().filter(m -> m.mode() == Mode.PHONE).findFirst()
                .orElseThrow(() -> new AssertionError("no phone call among " + meetings));
        check(names(x, call.participants()).contains("بوتين") && names(x, call.participants()).contains("الشرع"),
                "the call is between Putin and al-Sharaa: " + names(x, call.participants()));
        check(call.time() != null && "2025-02-12".equals(call.time().value()), "the call was on 12 February: "
                + call.time());
        Meeting damascus = meetings.stream().filter(m -> m != call).findFirst().orElseThrow();
        check(names(x, damascus.participants()).contains("بوغدانوف"), "Bogdanov met al-Sharaa: "
                + names(x, damascus.participants()));
        check(damascus.time() != null && "2025-01-28".equals(damascus.time().value()),
                "the delegation met him on 28 January: " + damascus.time());
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
