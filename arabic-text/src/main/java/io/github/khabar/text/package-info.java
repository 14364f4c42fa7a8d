/**
 * Arabic text layer: normalisation that keeps offsets into the original, tokens and clitics, sentences,
 * quotes, page clean-up and name keys. Every offset any type here reports is a UTF-16 index into the
 * original text the caller passed in.
 */
package io.github.khabar.text;
