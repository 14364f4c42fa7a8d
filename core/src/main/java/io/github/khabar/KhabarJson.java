package io.github.khabar;

import io.github.khabar.json.ExtractionReader;
import io.github.khabar.json.ExtractionWriter;
import io.github.khabar.json.JsonTree;
import io.github.khabar.model.Extraction;
import tools.jackson.core.JacksonException;

/**
 * Writes and reads extractions in the JSON contract ({@code docs/contract.md}): camelCase fields,
 * UPPER_CASE enums, ISO dates, absent values and empty lists omitted — except the top-level lists of an
 * extraction, always present. Reading ignores fields the contract does not name and rejects a field of the
 * wrong JSON type. The one place where JSON is configured; thread-safe. Built on Jackson's streaming API
 * only (jackson-core), so it needs no data-binding library on the class path.
 */
public final class KhabarJson {
    private KhabarJson() {}

    /** One line of JSON (a JSON Lines record). */
    public static String toJson(Extraction extraction) {
        return ExtractionWriter.write(extraction, false);
    }

    /** Indented JSON, for people. */
    public static String toPrettyJson(Extraction extraction) {
        return ExtractionWriter.write(extraction, true);
    }

    /** Reads one extraction; the record invariants are checked as it is built. */
    public static Extraction fromJson(String json) throws KhabarException {
        try {
            return ExtractionReader.read(JsonTree.parse(json));
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new KhabarException("not a valid extraction: " + e.getMessage(), e);
        }
    }
}
