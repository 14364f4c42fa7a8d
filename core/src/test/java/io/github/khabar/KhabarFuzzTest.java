package io.github.khabar;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.khabar.model.Document;
import io.github.khabar.model.Extraction;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Jazzer fuzz target for {@link Khabar#extract}: any text gives a valid extraction (evidence cut from the
 * original, JSON that reads back, the same JSON twice) or a typed {@link KhabarException} that is not a
 * wrapped pipeline crash. Under plain {@code mvn verify} it replays
 * {@code src/test/resources/io/github/khabar/KhabarFuzzTestInputs/extract/}; with {@code JAZZER_FUZZ=1} it
 * fuzzes (docs/reliability.md).
 */
class KhabarFuzzTest {
    private static final Khabar KHABAR = Khabar.builder().build();

    /** UTF-8 bytes (seed files are plain text) or, after a leading 0 byte, raw UTF-16 code units. */
    static String text(byte[] data) {
        if (data.length > 0 && data[0] == 0) {
            StringBuilder b = new StringBuilder(data.length / 2);
            for (int i = 1; i + 1 < data.length; i += 2) {
                b.append((char) (((data[i] & 0xFF) << 8) | (data[i + 1] & 0xFF)));
            }
            return b.toString();
        }
        return new String(data, StandardCharsets.UTF_8);
    }

    @FuzzTest(maxDuration = "5m")
    void extract(byte[] data) {
        String text = text(data);
        LocalDate published = (data.length & 1) == 0 ? LocalDate.of(2025, 2, 24) : null;
        Document doc = new Document("fuzz", text, published, null);
        Extraction x;
        try {
            x = KHABAR.extract(doc);
        } catch (UnsupportedInputException e) {
            return; // binary data: refused by design, with a message
        } catch (KhabarException e) {
            // a KhabarException with a cause is a pipeline crash caught at the API boundary: a finding
            throw new AssertionError("pipeline failed: " + e.getMessage(), e.getCause() != null ? e.getCause() : e);
        }
        ReliabDocs.assertValid(text, x);
        try {
            assertEquals(KhabarJson.toJson(x), KhabarJson.toJson(KHABAR.extract(doc)), "not deterministic");
        } catch (KhabarException e) {
            throw new AssertionError(e);
        }
    }
}
