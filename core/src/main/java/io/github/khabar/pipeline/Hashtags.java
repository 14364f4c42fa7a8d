package io.github.khabar.pipeline;

import io.github.khabar.text.Token;
import io.github.khabar.text.TokenType;

import java.util.ArrayList;
import java.util.List;

/**
 * Hashtags as the web writes them in running text: "الرئيس #ماكرون", "#عبدالله_الثاني", "#السعودية". The
 * hash mark before an Arabic word and the underscores that join the hashtag's words are no tokens, so the
 * name and place rules read the words as written without them; every token keeps its offsets into the
 * original, so a mention's span is the words without the hash ("عبدالله_الثاني", its underscore included).
 */
final class Hashtags {
    private Hashtags() {}

    /** The tokens without the hash marks and joining underscores of hashtags (the same list when none). */
    static List<Token> strip(List<Token> tokens) {
        List<Token> out = null;
        boolean inTag = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            boolean drop = false;
            if (hash(tok) && arabicRightAfter(tokens, i)) {
                drop = true;
                inTag = true;
            } else if (inTag && underscore(tok) && i > 0 && tokens.get(i - 1).end() == tok.start()
                    && tokens.get(i - 1).type() == TokenType.ARABIC_WORD && arabicRightAfter(tokens, i)) {
                drop = true;
            } else if (tok.type() != TokenType.ARABIC_WORD || i > 0 && tokens.get(i - 1).end() != tok.start()) {
                inTag = false; // a space or another sign ends the hashtag
            }
            if (drop && out == null) out = new ArrayList<>(tokens.subList(0, i));
            if (!drop && out != null) out.add(tok);
        }
        return out == null ? tokens : out;
    }

    private static boolean hash(Token t) {
        return t.text().equals("#") || t.text().equals("\uFF03");
    }

    private static boolean underscore(Token t) {
        return t.text().equals("_");
    }

    private static boolean arabicRightAfter(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i + 1).type() == TokenType.ARABIC_WORD
                && tokens.get(i + 1).start() == tokens.get(i).end();
    }
}
