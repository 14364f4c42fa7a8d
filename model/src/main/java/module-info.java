/**
 * Khabar's typed domain model: actors, meetings, visits, statements, times, places and the evidence
 * (offsets into the original text) behind every fact. Immutable records with validated invariants; no
 * dependencies.
 */
module io.github.khabar.model {
    exports io.github.khabar.model;
}
