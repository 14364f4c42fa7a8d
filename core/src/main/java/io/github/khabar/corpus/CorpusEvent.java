package io.github.khabar.corpus;

import io.github.khabar.model.EventCodes;
import io.github.khabar.model.Mode;
import io.github.khabar.model.Place;
import io.github.khabar.model.Status;
import io.github.khabar.model.TimeExpression;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One real-world meeting, visit or statement, however many documents report it, each with its evidence.
 * Two reports are one event when their actors are the same corpus actors (or overlap enough), their times
 * are compatible (the same day give or take one; a plan without a date and a later report of it) and their
 * places do not contradict each other; statements also need the same speaker and largely the same words.
 *
 * @param id            unique in the corpus ({@code E1}, {@code E2}... in order of first report)
 * @param kind          meeting, visit or statement
 * @param actors        corpus actor ids: the participants, the visitors, or the speaker (one)
 * @param place         where a meeting took place, or a visit's destination; may be null
 * @param origin        a visit's origin; may be null
 * @param time          the best time the reports give (the most precise of the latest status); may be null
 * @param date          the first day {@code time} resolves to; null when unresolved (no day known)
 * @param mode          a meeting's mode; {@code UNKNOWN} for visits and statements
 * @param status        the current status: that of the latest report (the last of {@code statusHistory})
 * @param statusHistory every report's status, ordered by date reported (undated first); on one date a report
 *                      that it is under way or happened after one that it is planned, otherwise input order
 * @param codes         the CAMEO/PLOVER codes (those of the first report of the current status)
 * @param topic         a meeting's topic or a statement's content (the first report's words); may be null
 * @param sources       every document reporting it, in input order, with its evidence
 */
public record CorpusEvent(String id, EventKind kind, List<String> actors, Place place, Place origin,
                          TimeExpression time, LocalDate date, Mode mode, Status status,
                          List<StatusReport> statusHistory, EventCodes codes, String topic,
                          List<EventSource> sources) {
    public CorpusEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        actors = List.copyOf(actors);
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(status, "status");
        statusHistory = List.copyOf(statusHistory);
        Objects.requireNonNull(codes, "codes");
        sources = List.copyOf(sources);
    }

    /** Whether the event's time resolves to a day (a timeline places it); false: flagged as unresolved. */
    public boolean resolved() {
        return date != null;
    }

    /** How many documents report it. */
    public int sourceCount() {
        return (int) sources.stream().map(EventSource::documentId).distinct().count();
    }
}
