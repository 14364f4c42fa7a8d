package io.github.khabar.pipeline;

import io.github.khabar.kb.KnowledgeBase;
import io.github.khabar.model.Document;
import io.github.khabar.model.Extraction;

import java.util.List;

/**
 * The stages wired together for one knowledge base. Immutable after construction; {@link #run} may be
 * called from many threads at once (every stage is stateless, and per-document state lives in the
 * objects one call creates).
 */
public final class Pipeline {
    // package-private (not private) only so that the benchmarks can time each stage from this package
    final TextStage text;
    final MentionStage mentions;
    final ActorStage actors;
    final EventStage events;
    final MergeStage merge;
    final ActorCodes codes;

    public Pipeline(KnowledgeBase kb) {
        Lexicon lexicon = Lexicon.get();
        Gazetteer gazetteer = new Gazetteer(kb);
        this.text = new TextStage();
        this.mentions = new MentionStage(gazetteer, lexicon);
        this.actors = new ActorStage(kb, gazetteer);
        this.events = new EventStage(lexicon);
        this.merge = new MergeStage(gazetteer);
        this.codes = new ActorCodes(lexicon, kb);
    }

    public Extraction run(Document document) {
        return run(document, PipelineWork.NONE);
    }

    /** As {@link #run(Document)}, adding the steps the stages take to {@code work} (for tests). */
    public Extraction run(Document document, PipelineWork work) {
        PreparedText prepared = text.prepare(document, work);
        List<Mention> found = mentions.find(prepared);
        ActorTable table = actors.resolve(prepared, found);
        EventStage.Events ev = events.find(prepared, table);
        return codes.apply(merge.assemble(prepared, table, ev));
    }
}
