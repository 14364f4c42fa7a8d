package io.github.khabar.text.morph;

import java.util.ArrayList;
import java.util.List;

/** Inflections of a noun (a masdar): case endings as written, dual, sound plural, and its stem before a pronoun. */
public final class Nominals {
    private Nominals() {}

    /**
     * The noun, its written accusative (اجتماعا), sound feminine plural (اجتماعات، مناقشات), dual (اجتماعين،
     * اجتماعان، مناقشتين). A noun in ة or اء takes no written alef.
     */
    public static List<String> inflections(String noun) {
        List<String> out = new ArrayList<>();
        out.add(noun);
        if (noun.endsWith("ة")) {
            String b = noun.substring(0, noun.length() - 1);
            out.add(b + "ات");
            out.add(b + "تين");
            out.add(b + "تان");
        } else if (noun.endsWith("اء") || noun.endsWith("ي")) {
            out.add(noun + "ات");
            out.add(noun + "ين");
            out.add(noun + "ان");
        } else {
            out.add(noun + "ا");
            out.add(noun + "ات");
            out.add(noun + "ين");
            out.add(noun + "ان");
        }
        return out;
    }

    /**
     * The noun as written before a possessive pronoun: ة is written ت (زيارة → زيارته), a final hamza after
     * alef takes the seat of its case (لقاء → لقاؤه، لقاءه، لقائه).
     */
    public static List<String> hosts(String noun) {
        if (noun.endsWith("ة")) return List.of(noun.substring(0, noun.length() - 1) + "ت");
        if (noun.endsWith("اء")) {
            String b = noun.substring(0, noun.length() - 1);
            return List.of(noun, b + "ئ", b + "ؤ");
        }
        return List.of(noun);
    }
}
