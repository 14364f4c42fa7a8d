package io.github.khabar.text;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The boilerplate phrase list: parsing of the data-file syntax and an index by first token. Immutable.
 *
 * <p>Entry syntax (one per line of the data file, or one per string given to
 * {@link PageCleaner#withPhrases}): {@code [REASON] phrase [...]}. {@code REASON} is an upper-case ASCII
 * word ({@code [A-Z][A-Z0-9_]*}); without it the reason is {@code UI_PHRASE}. A trailing {@code ...} or
 * {@code …} makes the phrase a prefix phrase: a line that starts with it is boilerplate whatever follows.
 * {@code #} starts a comment line; blank lines are ignored.
 */
final class PagePhrases {
    static final String RESOURCE = "boilerplate-phrases.txt";
    static final String DEFAULT_REASON = "UI_PHRASE";

    private static final Pattern ENTRY = Pattern.compile("^([A-Z][A-Z0-9_]*)\\s+(.+)$");

    /** One phrase: folded tokens, reason, whether it is a prefix phrase. */
    record Phrase(List<String> tokens, String reason, boolean prefix) {}

    private final ImmutableListMultimap<String, Phrase> byFirstToken;
    private final int size;

    private PagePhrases(List<Phrase> phrases) {
        ImmutableListMultimap.Builder<String, Phrase> b = ImmutableListMultimap.builder();
        for (Phrase p : phrases) {
            b.put(p.tokens().get(0), p);
        }
        this.byFirstToken = b.build();
        this.size = phrases.size();
    }

    int size() {
        return size;
    }

    List<Phrase> startingWith(String token) {
        return byFirstToken.get(token);
    }

    /** Parses one entry; null for comments, blank lines and entries without any token. */
    static Phrase parse(String entry) {
        if (entry == null) {
            return null;
        }
        String s = entry.strip();
        if (s.isEmpty() || s.startsWith("#")) {
            return null;
        }
        String reason = DEFAULT_REASON;
        Matcher m = ENTRY.matcher(s);
        if (m.matches()) {
            reason = m.group(1);
            s = m.group(2).strip();
        }
        boolean prefix = false;
        if (s.endsWith("...")) {
            prefix = true;
            s = s.substring(0, s.length() - 3).strip();
        } else if (s.endsWith("…")) {
            prefix = true;
            s = s.substring(0, s.length() - 1).strip();
        }
        List<String> tokens = PageText.tokens(s);
        // a phrase may not start with a colon, and must hold a word
        while (!tokens.isEmpty() && !PageText.isWord(tokens.get(0))) {
            tokens = tokens.subList(1, tokens.size());
        }
        if (tokens.isEmpty()) {
            return null;
        }
        return new Phrase(ImmutableList.copyOf(tokens), reason, prefix);
    }

    static List<Phrase> parseAll(Iterable<String> entries) {
        List<Phrase> out = new ArrayList<>();
        for (String e : entries) {
            Phrase p = parse(e);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    static PagePhrases of(Collection<Phrase> phrases) {
        return new PagePhrases(new ArrayList<>(phrases));
    }

    /** The bundled list. */
    static List<Phrase> bundled() {
        return Bundled.PHRASES;
    }

    private static final class Bundled {
        static final List<Phrase> PHRASES = load();

        private static List<Phrase> load() {
            try (InputStream in = PagePhrases.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                List<String> lines = new ArrayList<>();
                try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        lines.add(line);
                    }
                }
                return ImmutableList.copyOf(parseAll(lines));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
