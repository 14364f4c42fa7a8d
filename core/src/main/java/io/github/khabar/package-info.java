/**
 * The Khabar API: {@link io.github.khabar.Khabar} turns a {@link io.github.khabar.model.Document} into an
 * {@link io.github.khabar.model.Extraction}; {@link io.github.khabar.KhabarJson} writes and reads it in
 * the JSON contract.
 */
package io.github.khabar;
