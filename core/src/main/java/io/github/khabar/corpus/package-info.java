/**
 * Many documents as one story: {@link io.github.khabar.corpus.Corpus} extracts a stream of documents in
 * parallel and links their actors and events across documents — one real meeting reported by several
 * outlets is one {@link io.github.khabar.corpus.CorpusEvent} listing every source with its evidence; one
 * person under several spellings is one {@link io.github.khabar.corpus.CorpusActor}. Views: a timeline, an
 * actor graph, per-actor profiles. {@link io.github.khabar.corpus.CorpusJson} writes it as JSON
 * ({@code docs/contract.md}, "The corpus").
 */
package io.github.khabar.corpus;
