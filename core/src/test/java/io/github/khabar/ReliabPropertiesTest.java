package io.github.khabar;

import io.github.khabar.model.Document;
import io.github.khabar.model.Extraction;
import io.github.khabar.model.Meeting;
import io.github.khabar.model.Statement;
import io.github.khabar.model.Visit;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties over the seeds and seeded generated documents (JUnit 5 and {@link SplittableRandom}; the seed
 * of a failing case is in the message): evidence is the original text, extraction is deterministic, and
 * appending unrelated text does not remove the events of the original part.
 */
class ReliabPropertiesTest {
    private static final Khabar KHABAR = Khabar.builder().build();
    private static final int GENERATED = 150;

    private static Extraction extract(Document d) {
        try {
            return KHABAR.extract(d);
        } catch (KhabarException e) {
            throw new AssertionError(d.id() + ": " + e.getMessage(), e);
        }
    }

    @Test
    void everyEvidenceSpanIsTheOriginalText() {
        for (Document d : ReliabDocs.corpus(GENERATED)) {
            ReliabDocs.assertValid(d.text(), extract(d));
        }
        // and on mutated documents: random cuts, insertions of odd characters, case of tags
        SplittableRandom r = new SplittableRandom(11);
        String odd = "\u200F\u202E\"«»<p>&quot;\uD800\u0000\n.،:؟ـ\u064E";
        for (int i = 0; i < 300; i++) {
            Document base = ReliabDocs.generated(5000 + i);
            StringBuilder b = new StringBuilder(base.text());
            int edits = 1 + r.nextInt(8);
            for (int k = 0; k < edits && b.length() > 0; k++) {
                int at = r.nextInt(b.length());
                if (r.nextBoolean()) {
                    b.insert(at, odd.charAt(r.nextInt(odd.length())));
                } else {
                    b.delete(at, Math.min(b.length(), at + r.nextInt(20)));
                }
            }
            String text = b.toString();
            try {
                ReliabDocs.assertValid(text, extract(new Document("mut-" + i, text, base.published(), null)));
            } catch (AssertionError e) {
                throw new AssertionError("mutation " + i + " of seed " + (5000 + i) + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void extractionIsDeterministic() {
        Khabar other = Khabar.builder().build();
        for (Document d : ReliabDocs.corpus(GENERATED)) {
            String a = KhabarJson.toJson(extract(d));
            String b = KhabarJson.toJson(extract(d));
            String c;
            try {
                c = KhabarJson.toJson(other.extract(d));
            } catch (KhabarException e) {
                throw new AssertionError(e);
            }
            assertEquals(a, b, d.id() + ": same instance, second call");
            assertEquals(a, c, d.id() + ": another instance");
        }
    }

    /** An event's identity for comparison across documents: kind, evidence offsets (actors are renumbered). */
    private static Set<String> events(Extraction x, int limit) {
        Set<String> out = new HashSet<>();
        for (Meeting m : x.meetings()) {
            if (m.evidence().get(0).end() <= limit) out.add("M" + m.evidence().get(0).start());
        }
        for (Visit v : x.visits()) {
            if (v.evidence().get(0).end() <= limit) out.add("V" + v.evidence().get(0).start());
        }
        for (Statement s : x.statements()) {
            if (s.evidence().get(0).end() <= limit) out.add("S" + s.evidence().get(0).start());
        }
        return out;
    }

    private static Set<String> starts(Extraction x) {
        Set<String> out = new HashSet<>();
        x.meetings().forEach(m -> m.evidence().forEach(e -> out.add("M" + e.start())));
        x.visits().forEach(v -> v.evidence().forEach(e -> out.add("V" + e.start())));
        x.statements().forEach(s -> s.evidence().forEach(e -> out.add("S" + e.start())));
        return out;
    }

    @Test
    void appendingUnrelatedTextKeepsTheEventsOfTheOriginalPart() {
        String[] unrelated = {
            "\n\nوفي شأن آخر، ارتفعت أسعار النفط في الأسواق العالمية بنسبة طفيفة بسبب الطلب.",
            "\n\nThe weather in the region is expected to be sunny with mild temperatures.",
            "\n\nاقرأ أيضا\nشارك\nتويتر\n© جميع الحقوق محفوظة 2025",
            "\n\nوتشهد المنطقة موجة حر شديدة، وتتوقع الأرصاد استمرارها حتى نهاية الأسبوع.\n",
        };
        List<String> lost = new ArrayList<>();
        List<Document> docs = ReliabDocs.corpus(GENERATED);
        SplittableRandom r = new SplittableRandom(3);
        for (Document d : docs) {
            Extraction alone = extract(d);
            String tail = unrelated[r.nextInt(unrelated.length)];
            String text = d.text() + tail;
            Extraction longer = extract(new Document(d.id(), text, d.published(), d.outlet()));
            ReliabDocs.assertValid(text, longer);
            // every event found alone is still found (its first evidence span still starts an event's evidence)
            Set<String> before = events(alone, d.text().length());
            Set<String> after = starts(longer);
            for (String e : before) {
                if (!after.contains(e)) lost.add(d.id() + " lost " + e + " after appending " + tail.strip());
            }
        }
        assertTrue(lost.isEmpty(), lost.size() + " events lost: " + lost);
    }
}
