package io.github.khabar.kb;

import java.util.List;
import java.util.Objects;

/**
 * A country (ISO 3166-1 alpha-2) with its Arabic names, demonyms, capital and metonyms.
 *
 * @param code        ISO 3166-1 alpha-2 code, upper case ("RU")
 * @param name        the canonical Arabic name (from CLDR unless a curated file overrides it)
 * @param nameEnglish the English name (CLDR)
 * @param names       every Arabic variant, {@code name} first: short and long forms ("سوريا"، "سورية"،
 *                    "الجمهورية العربية السورية")
 * @param demonyms    every Arabic demonym form: masculine and feminine, with and without ال, plurals
 *                    ("روسي"، "روسية"، "الروسي"، "الروسية"، "الروس"، "الروسيون"، "الروسيين")
 * @param capital     the Arabic name of the capital; may be null
 * @param metonyms    words that stand for the country's state or government in the news ("الكرملين" for RU)
 */
public record Country(String code, String name, String nameEnglish, List<String> names, List<String> demonyms,
                      String capital, List<String> metonyms) {
    public Country {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        code = code.strip();
        name = name.strip();
        nameEnglish = Lists.optional(nameEnglish);
        names = Lists.stringsWithFirst(name, names);
        demonyms = Lists.strings(demonyms);
        capital = Lists.optional(capital);
        metonyms = Lists.strings(metonyms);
    }
}
