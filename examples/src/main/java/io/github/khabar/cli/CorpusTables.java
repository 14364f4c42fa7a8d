package io.github.khabar.cli;

import io.github.khabar.corpus.ActorSource;
import io.github.khabar.corpus.Corpus;
import io.github.khabar.corpus.CorpusActor;
import io.github.khabar.corpus.CorpusDocument;
import io.github.khabar.corpus.CorpusEvent;
import io.github.khabar.corpus.CorpusRole;
import io.github.khabar.corpus.EventKind;
import io.github.khabar.corpus.EventSource;
import io.github.khabar.model.Place;
import io.github.khabar.model.Span;
import io.github.khabar.model.TimeExpression;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The corpus as flat tables (RFC 4180 by Commons CSV, UTF-8, header row first; list cells joined with
 * {@code ;}): {@code actors.csv}, {@code meetings.csv}, {@code visits.csv}, {@code statements.csv} (one row
 * per corpus event, in timeline order), {@code mentions.csv} (one row per actor mention span),
 * {@code evidence.csv} (one row per evidence span of each source of each event, with that source's status,
 * time and CAMEO/PLOVER codes) and {@code sources.csv} (one row per input document).
 */
final class CorpusTables {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private CorpusTables() {}

    static void write(Corpus corpus, Path dir) throws IOException {
        table(dir, "actors.csv", List.of("actor_id", "type", "name", "name_latin", "kb_id", "country", "aliases",
                "roles", "documents"), rows -> {
            for (CorpusActor a : corpus.actors()) {
                rows.add(row(a.id(), a.type(), a.name(), a.nameLatin(), a.knowledgeBaseId(), a.country(),
                        String.join(";", a.aliases()), a.roles().stream().map(CorpusTables::role)
                                .collect(Collectors.joining(";")),
                        a.sources().stream().map(ActorSource::documentId).distinct().count()));
            }
        });
        table(dir, "meetings.csv", List.of("event_id", "participants", "participant_names", "place", "place_country",
                "date", "time", "resolved", "mode", "status", "statuses", "cameo", "plover", "topic", "sources",
                "documents"), rows -> events(corpus, EventKind.MEETING, rows, e -> Arrays.asList(
                place(e.place()), country(e.place()))));
        table(dir, "visits.csv", List.of("event_id", "visitors", "visitor_names", "destination", "destination_country",
                "origin", "origin_country", "date", "time", "resolved", "mode", "status", "statuses", "cameo", "plover",
                "topic", "sources", "documents"), rows -> events(corpus, EventKind.VISIT, rows, e -> Arrays.asList(
                place(e.place()), country(e.place()), place(e.origin()), country(e.origin()))));
        table(dir, "statements.csv", List.of("event_id", "speaker", "speaker_name", "date", "time", "resolved",
                "mode", "status", "statuses", "cameo", "plover", "content", "sources", "documents"),
                rows -> events(corpus, EventKind.STATEMENT, rows, e -> List.of()));
        table(dir, "mentions.csv", List.of("actor_id", "document_id", "local_id", "name", "start", "end", "text"),
                rows -> {
                    for (CorpusActor a : corpus.actors()) {
                        for (ActorSource s : a.sources()) {
                            for (Span m : s.mentions()) {
                                rows.add(row(a.id(), s.documentId(), s.localId(), s.name(), m.start(), m.end(), m.text()));
                            }
                        }
                    }
                });
        table(dir, "evidence.csv", List.of("event_id", "kind", "document_id", "outlet", "published", "status", "time",
                "cameo", "plover", "start", "end", "text"), rows -> {
                    for (CorpusEvent e : corpus.timeline()) {
                        for (EventSource s : e.sources()) {
                            for (Span sp : s.evidence()) {
                                rows.add(row(e.id(), e.kind(), s.documentId(), s.outlet(), s.published(), s.status(),
                                        value(s.time()), s.codes().cameo(), s.codes().plover(), sp.start(), sp.end(),
                                        sp.text()));
                            }
                        }
                    }
                });
        table(dir, "sources.csv", List.of("document_id", "outlet", "published", "chars", "meetings", "visits",
                "statements", "error"), rows -> {
                    for (CorpusDocument d : corpus.documents()) {
                        rows.add(row(d.id(), d.outlet(), d.published(), d.chars(), d.meetings(), d.visits(),
                                d.statements(), d.error()));
                    }
                });
    }

    private interface Rows {
        void fill(List<List<Object>> rows) throws IOException;
    }

    private interface Extra {
        List<Object> of(CorpusEvent e);
    }

    private static void events(Corpus corpus, EventKind kind, List<List<Object>> rows, Extra extra) {
        for (CorpusEvent e : corpus.timeline()) {
            if (e.kind() != kind) {
                continue;
            }
            List<Object> r = new ArrayList<>();
            r.add(e.id());
            r.add(String.join(";", e.actors()));
            r.add(e.actors().stream().map(id -> corpus.actor(id).name()).collect(Collectors.joining(";")));
            r.addAll(extra.of(e));
            r.add(e.date());
            r.add(value(e.time()));
            r.add(e.resolved());
            r.add(e.mode());
            r.add(e.status());
            r.add(e.statusHistory().stream().map(s -> s.status() + "@" + (s.reported() == null ? "" : s.reported())
                    + "@" + s.documentId()).collect(Collectors.joining(";")));
            r.add(e.codes().cameo());
            r.add(e.codes().plover());
            r.add(e.topic());
            r.add(e.sourceCount());
            r.add(e.sources().stream().map(EventSource::documentId).distinct().collect(Collectors.joining(";")));
            rows.add(r);
        }
    }

    private static void table(Path dir, String name, List<String> header, Rows fill) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        fill.fill(rows);
        try (AtomicOutput file = new AtomicOutput(dir.resolve(name))) {
            CSVPrinter p = new CSVPrinter(file.writer(), FORMAT);
            p.printRecord(header);
            for (List<Object> r : rows) {
                p.printRecord(r);
            }
            p.flush();
            file.commit();
        }
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private static String role(CorpusRole r) {
        return r.title() + (r.country() != null ? " (" + r.country() + ")" : "")
                + (r.firstSeen() != null ? " " + r.firstSeen() + ".." + r.lastSeen() : "");
    }

    private static String place(Place p) {
        return p == null ? null : p.name();
    }

    private static String country(Place p) {
        return p == null ? null : p.country();
    }

    private static String value(TimeExpression t) {
        return t == null ? null : t.value();
    }
}
