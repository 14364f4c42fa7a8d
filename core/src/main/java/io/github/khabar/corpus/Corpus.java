package io.github.khabar.corpus;

import io.github.khabar.Khabar;
import io.github.khabar.model.Document;
import io.github.khabar.model.Extraction;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Many documents read as one story: the actors and events of every document linked across documents, so
 * that one real meeting reported by three outlets is one {@link CorpusEvent} with three sources, and one
 * person under several spellings and titles is one {@link CorpusActor}.
 *
 * <pre>{@code
 * Khabar khabar = Khabar.builder().build();
 * Corpus corpus = Corpus.builder(khabar).parallelism(4).build(documents);   // Stream<Document>
 * for (CorpusEvent e : corpus.timeline()) {
 *     System.out.println(e.date() + " " + e.kind() + " " + e.actors() + " " + e.sourceCount() + " sources");
 * }
 * String json = CorpusJson.toJson(corpus);
 * }</pre>
 *
 * <p>Immutable and thread-safe once built. Ids ({@code A1}, {@code E1}) follow the input order; the result
 * does not depend on {@link Builder#parallelism}.
 */
public final class Corpus {
    private final List<CorpusDocument> documents;
    private final List<CorpusActor> actors;
    private final List<CorpusEvent> events;
    private final Map<String, CorpusActor> actorsById;
    private final Map<String, CorpusEvent> eventsById;
    private final List<CorpusEvent> timeline;
    private final List<ActorEdge> graph;
    private final Map<String, ActorProfile> profiles;

    Corpus(List<CorpusDocument> documents, List<CorpusActor> actors, List<CorpusEvent> events) {
        this.documents = List.copyOf(documents);
        this.actors = List.copyOf(actors);
        this.events = List.copyOf(events);
        Map<String, CorpusActor> a = new LinkedHashMap<>();
        actors.forEach(x -> a.put(x.id(), x));
        Map<String, CorpusEvent> e = new LinkedHashMap<>();
        events.forEach(x -> e.put(x.id(), x));
        this.actorsById = Collections.unmodifiableMap(a);
        this.eventsById = Collections.unmodifiableMap(e);
        this.timeline = Views.timeline(this.events);
        this.graph = Views.graph(this.timeline);
        this.profiles = Views.profiles(this.actors, this.timeline, this.graph);
    }

    /** A builder that extracts with {@code khabar}. */
    public static Builder builder(Khabar khabar) {
        return new Builder(khabar);
    }

    /** Every input document, in input order (those that could not be read too, with their error). */
    public List<CorpusDocument> documents() {
        return documents;
    }

    /** The corpus actors, in order of first appearance. */
    public List<CorpusActor> actors() {
        return actors;
    }

    /** The corpus events, in order of first report. */
    public List<CorpusEvent> events() {
        return events;
    }

    /** The actor with this id, or null. */
    public CorpusActor actor(String id) {
        return actorsById.get(id);
    }

    /** The event with this id, or null. */
    public CorpusEvent event(String id) {
        return eventsById.get(id);
    }

    /**
     * The events ordered by resolved time ({@link CorpusEvent#date()}, then first report), the unresolved ones
     * ({@link CorpusEvent#resolved()} false) after them in order of first report.
     */
    public List<CorpusEvent> timeline() {
        return timeline;
    }

    /**
     * Who met whom: one edge per pair of corpus actors that took part in the same meeting (groups counted by
     * their members), with the number of meetings and their ids; ordered by count (highest first), then ids.
     */
    public List<ActorEdge> graph() {
        return graph;
    }

    /** Per-actor profiles, in the order of {@link #actors()}. */
    public List<ActorProfile> profiles() {
        return List.copyOf(profiles.values());
    }

    /** The profile of the actor with this id, or null. */
    public ActorProfile profile(String actorId) {
        return profiles.get(actorId);
    }

    /**
     * Configures and runs a corpus build; not thread-safe, the result is.
     *
     * <p>Memory: documents are extracted by {@link #parallelism} worker threads at most
     * {@code 2 × parallelism} documents ahead of the linker, and linked one by one in input order; once a
     * document is linked its text and extraction are dropped. What is kept: per document, a
     * {@link CorpusDocument} (id, outlet, date, counts, diagnostics); per corpus actor, its name keys,
     * knowledge-base id, roles and the evidence spans of its mentions; per corpus event, its actor ids,
     * place, time window, status history and every source's evidence spans. So memory grows with the
     * number of facts found and their evidence, never with the texts themselves.
     */
    public static final class Builder {
        private final Khabar khabar;
        private int parallelism = Math.max(1, Runtime.getRuntime().availableProcessors());
        private Consumer<CorpusDocument> progress = d -> { };

        private Builder(Khabar khabar) {
            this.khabar = Objects.requireNonNull(khabar, "khabar");
        }

        /** How many documents are extracted at once (default: the number of processors); 1 = serial. */
        public Builder parallelism(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("parallelism must be positive: " + threads);
            }
            this.parallelism = threads;
            return this;
        }

        /**
         * Called once per document, in input order, on the thread that called {@link #build}, as soon as the
         * document is linked (for progress bars). Default: nothing.
         */
        public Builder progress(Consumer<CorpusDocument> listener) {
            this.progress = Objects.requireNonNull(listener, "progress");
            return this;
        }

        /**
         * Extracts every document and links them. A document whose extraction fails is kept as a
         * {@link CorpusDocument} with its error and the run goes on. The stream is consumed lazily, in order,
         * and closed by the caller. Equal inputs give equal corpora, whatever the parallelism.
         */
        public Corpus build(Stream<Document> documents) {
            Objects.requireNonNull(documents, "documents");
            Linker linker = new Linker(khabar.knowledgeBase());
            Extractor.run(khabar, documents, parallelism, (doc, result) -> progress.accept(linker.add(doc, result)));
            return linker.corpus();
        }

        /**
         * Links documents extracted elsewhere (on a Spark executor, in an earlier run), in the order given:
         * the corpus {@link #build} makes of the same documents in the same order. {@code outlets} gives a
         * document id's outlet (or null). The stream is consumed in order and closed by the caller.
         */
        public Corpus link(Stream<Extraction> extractions, Function<String, String> outlets) {
            Objects.requireNonNull(extractions, "extractions");
            Objects.requireNonNull(outlets, "outlets");
            Linker linker = new Linker(khabar.knowledgeBase());
            extractions.forEachOrdered(x -> progress.accept(linker.add(x, outlets.apply(x.document().id()), null)));
            return linker.corpus();
        }
    }
}
