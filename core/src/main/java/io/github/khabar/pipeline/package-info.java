/**
 * The extraction pipeline, as typed stages, each a plain function of its inputs:
 * <pre>
 *   Document ──TextStage──▶ PreparedText (normalised text, tokens, sentences, quotes, times, content span)
 *            ──MentionStage──▶ Mentions (names, titles, organisations, places, group words)
 *            ──ActorStage──▶ ActorTable (mentions resolved to actors, roles, coreference)
 *            ──EventStage──▶ EventCandidates (meetings, visits, statements per clause)
 *            ──MergeStage──▶ Extraction
 * </pre>
 * Not exported: nothing here is API. Every class is immutable or confined to one extraction call.
 */
package io.github.khabar.pipeline;
