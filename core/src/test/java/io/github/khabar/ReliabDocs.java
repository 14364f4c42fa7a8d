package io.github.khabar;

import io.github.khabar.model.Document;
import io.github.khabar.model.Extraction;
import io.github.khabar.model.Span;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Generated news-like documents (seeded, so reproducible) and the invariants every extraction must hold. */
final class ReliabDocs {
    static final String[] PEOPLE = {"وزير الخارجية السعودي فيصل بن فرحان", "الرئيس الروسي فلاديمير بوتين",
            "وزير الخارجية الروسي سيرغي لافروف", "وزير الخارجية السوري أسعد الشيباني", "الرئيس التركي رجب طيب أردوغان",
            "الرئيس الأمريكي دونالد ترامب", "ولي العهد السعودي الأمير محمد بن سلمان", "الرئيس الفرنسي إيمانويل ماكرون",
            "رئيس الوزراء القطري", "الأمين العام للأمم المتحدة أنطونيو غوتيريش"};
    static final String[] PLACES = {"الرياض", "موسكو", "أنقرة", "دمشق", "باريس", "الدوحة", "القاهرة", "واشنطن"};
    static final String[] TIMES = {"اليوم الاثنين", "أمس الأحد", "يوم الخميس المقبل", "في 24 فبراير 2025",
            "الأسبوع الماضي", "مساء الثلاثاء", "في 19 / 10 / 1436هـ"};
    static final String[] TEMPLATES = {
        "التقى %1$s %2$s في %3$s %4$s، وبحث الجانبان العلاقات الثنائية.",
        "وصل %1$s إلى %3$s %4$s في زيارة رسمية يلتقي خلالها %2$s.",
        "قال %1$s إن \"المباحثات مع %2$s كانت بناءة ومثمرة\".",
        "أكد %1$s أن بلاده تدعم الحل السياسي، مشيرا إلى أهمية التعاون مع %2$s.",
        "أجرى %1$s اتصالا هاتفيا مع %2$s %4$s تناول التطورات الإقليمية.",
        "ومن المقرر أن يزور %1$s %3$s %4$s لإجراء محادثات مع %2$s.",
        "ونفى %1$s أن يكون قد التقى %2$s في %3$s.",
        "وأضاف %1$s: «نحن نرحب بأي مبادرة تحقق السلام».",
        "استقبل %1$s في %3$s %2$s %4$s.",
    };

    private ReliabDocs() {}

    static String sentence(SplittableRandom r) {
        String a = PEOPLE[r.nextInt(PEOPLE.length)];
        String b = PEOPLE[r.nextInt(PEOPLE.length)];
        return String.format(TEMPLATES[r.nextInt(TEMPLATES.length)], a, b, PLACES[r.nextInt(PLACES.length)],
                TIMES[r.nextInt(TIMES.length)]);
    }

    /** A generated article of a few paragraphs. */
    static Document generated(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder b = new StringBuilder();
        int paragraphs = 1 + r.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 1 + r.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) b.append(' ');
                b.append(sentence(r));
            }
            b.append(p + 1 < paragraphs ? "\n\n" : "\n");
        }
        LocalDate published = r.nextBoolean() ? LocalDate.of(2025, 2, 24).plusDays(r.nextInt(400)) : null;
        return new Document("gen-" + seed, b.toString(), published, null);
    }

    /** The seeds and {@code count} generated documents. */
    static List<Document> corpus(int count) {
        List<Document> out = new ArrayList<>(SeedTexts.documents().values());
        for (int i = 0; i < count; i++) {
            out.add(generated(1000 + i));
        }
        return out;
    }

    /** Every evidence span, mention and located time of an extraction. */
    static List<Span> spans(Extraction x) {
        List<Span> spans = new ArrayList<>();
        x.actors().forEach(a -> spans.addAll(a.mentions()));
        x.meetings().forEach(m -> spans.addAll(m.evidence()));
        x.visits().forEach(v -> spans.addAll(v.evidence()));
        x.statements().forEach(s -> spans.addAll(s.evidence()));
        return spans;
    }

    /** The contract's invariants: spans cut from the original text, events evidenced, offsets in range. */
    static void assertValid(String text, Extraction x) {
        assertNotNull(x);
        assertEquals(text.length(), x.document().chars());
        for (Span s : spans(x)) {
            assertTrue(s.end() <= text.length(), "span past the end: " + s);
            assertEquals(text.substring(s.start(), s.end()), s.text(), "span text is not the original");
        }
        x.meetings().forEach(m -> assertTrue(!m.evidence().isEmpty(), "meeting without evidence"));
        x.visits().forEach(v -> assertTrue(!v.evidence().isEmpty(), "visit without evidence"));
        x.statements().forEach(s -> assertTrue(!s.evidence().isEmpty(), "statement without evidence"));
        for (var t : times(x)) {
            if (t.start() != null) {
                assertTrue(t.end() <= text.length(), "time past the end: " + t);
                assertEquals(text.substring(t.start(), t.end()), t.text(), "time text is not the original");
            }
        }
        x.diagnostics().forEach(d -> {
            if (d.start() != null) assertTrue(d.end() <= text.length(), "diagnostic past the end: " + d);
        });
        // the JSON form reads back to the same extraction
        try {
            assertEquals(x, KhabarJson.fromJson(KhabarJson.toJson(x)));
        } catch (KhabarException e) {
            throw new AssertionError("JSON does not read back: " + e.getMessage(), e);
        }
    }

    private static List<io.github.khabar.model.TimeExpression> times(Extraction x) {
        List<io.github.khabar.model.TimeExpression> out = new ArrayList<>();
        x.meetings().forEach(m -> { if (m.time() != null) out.add(m.time()); });
        x.visits().forEach(v -> { if (v.time() != null) out.add(v.time()); });
        x.statements().forEach(s -> { if (s.time() != null) out.add(s.time()); });
        return out;
    }

    static String repeat(String unit, int chars) {
        StringBuilder b = new StringBuilder(chars + unit.length());
        while (b.length() < chars) {
            b.append(unit);
        }
        b.setLength(chars);
        return b.toString();
    }
}
