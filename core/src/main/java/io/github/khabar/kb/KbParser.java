package io.github.khabar.kb;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.khabar.json.JsonTree;
import tools.jackson.core.JacksonException;

/**
 * Reads one knowledge-base JSON file into {@link Drafts}, strictly: unknown fields, wrong types, bad ISO codes,
 * bad dates, non-Arabic names and duplicate ids within the file are errors naming the file and the JSON path.
 */
final class KbParser {
    /** The file format version this parser reads. */
    static final int VERSION = 1;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");
    private static final Pattern LATIN_LETTER = Pattern.compile("[A-Za-z]");

    private static final Set<String> TOP = Set.of("version", "description", "countries", "places",
            "organizations", "persons", "titles");
    private static final Set<String> COUNTRY = Set.of("code", "name", "nameEnglish", "names", "demonyms",
            "capital", "metonyms");
    private static final Set<String> PLACE = Set.of("name", "names", "nameLatin", "country", "kind");
    private static final Set<String> ORG = Set.of("id", "names", "nameLatin", "country", "kind");
    private static final Set<String> PERSON = Set.of("id", "names", "nameLatin", "country", "roles", "codes",
            "source");
    private static final Set<String> CODE = Set.of("code", "from", "to");
    private static final Set<String> ROLE = Set.of("title", "country", "from", "to");
    private static final Set<String> TITLE = Set.of("title", "forms", "category", "personal");

    private final String source;

    private KbParser(String source) {
        this.source = source;
    }

    static Drafts parse(InputStream in, String sourceName) {
        if (in == null) {
            throw new KnowledgeBaseException(sourceName, "no such file or resource");
        }
        KbParser p = new KbParser(sourceName);
        Object root;
        try (in) {
            root = JsonTree.parse(in);
        } catch (JacksonException e) {
            throw new KnowledgeBaseException(sourceName, "bad JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr()), e);
        } catch (IOException e) {
            throw new KnowledgeBaseException(sourceName, "cannot read: " + e.getMessage(), e);
        }
        return p.root(root);
    }

    private Drafts root(Object tree) {
        if (!(tree instanceof Map)) {
            throw error("$", "the file must hold one JSON object");
        }
        Map<String, Object> root = map(tree);
        fields(root, "$", TOP);
        Object version = root.get("version");
        if (version == null) {
            throw error("$", "missing \"version\" field");
        }
        if (!(version instanceof Integer) || (Integer) version != VERSION) {
            throw error("version", "unsupported version " + (version instanceof String ? "\"" + version + "\""
                    : version) + ", expected " + VERSION);
        }
        optionalString(root, "description", "$");
        Drafts d = new Drafts();
        d.sources.add(source);
        Set<String> seen = new HashSet<>();
        int i = 0;
        for (Object n : array(root, "countries", "$")) {
            Drafts.CountryDraft c = country(n, "countries[" + i++ + "]");
            if (!seen.add(c.code)) {
                throw error("countries", "duplicate country code \"" + c.code + "\"");
            }
            d.countries.add(c);
        }
        seen.clear();
        i = 0;
        for (Object n : array(root, "places", "$")) {
            Drafts.PlaceDraft pl = place(n, "places[" + i++ + "]");
            if (!seen.add(pl.key())) {
                throw error("places", "duplicate place \"" + pl.name + "\" in country " + pl.country);
            }
            d.places.add(pl);
        }
        seen.clear();
        i = 0;
        for (Object n : array(root, "organizations", "$")) {
            Drafts.OrgDraft o = org(n, "organizations[" + i++ + "]");
            if (!seen.add(o.id)) {
                throw error("organizations", "duplicate id \"" + o.id + "\"");
            }
            d.organizations.add(o);
        }
        seen.clear();
        i = 0;
        for (Object n : array(root, "persons", "$")) {
            Drafts.PersonDraft pe = person(n, "persons[" + i++ + "]");
            if (!seen.add(pe.id)) {
                throw error("persons", "duplicate id \"" + pe.id + "\"");
            }
            d.persons.add(pe);
        }
        seen.clear();
        i = 0;
        for (Object n : array(root, "titles", "$")) {
            Drafts.TitleDraft t = title(n, "titles[" + i++ + "]");
            if (!seen.add(t.title)) {
                throw error("titles", "duplicate title \"" + t.title + "\"");
            }
            d.titles.add(t);
        }
        return d;
    }

    private Drafts.CountryDraft country(Object node, String path) {
        Map<String, Object> n = object(node, path, COUNTRY);
        Drafts.CountryDraft c = new Drafts.CountryDraft(source);
        c.code = iso(requiredString(n, "code", path), path + ".code");
        c.name = arabic(optionalString(n, "name", path), path + ".name");
        c.nameEnglish = optionalString(n, "nameEnglish", path);
        c.names.addAll(arabicList(n, "names", path));
        c.demonyms.addAll(Drafts.expandDemonyms(arabicList(n, "demonyms", path)));
        c.capital = arabic(optionalString(n, "capital", path), path + ".capital");
        c.metonyms.addAll(arabicList(n, "metonyms", path));
        return c;
    }

    private Drafts.PlaceDraft place(Object node, String path) {
        Map<String, Object> n = object(node, path, PLACE);
        Drafts.PlaceDraft p = new Drafts.PlaceDraft(source);
        p.name = arabic(requiredString(n, "name", path), path + ".name");
        p.names.addAll(arabicList(n, "names", path));
        p.nameLatin = optionalString(n, "nameLatin", path);
        p.country = iso(optionalString(n, "country", path), path + ".country");
        p.kind = enumValue(PlaceKind.class, optionalString(n, "kind", path), path + ".kind");
        return p;
    }

    private Drafts.OrgDraft org(Object node, String path) {
        Map<String, Object> n = object(node, path, ORG);
        Drafts.OrgDraft o = new Drafts.OrgDraft(source);
        o.id = id(requiredString(n, "id", path), path + ".id");
        o.names.addAll(arabicList(n, "names", path));
        o.nameLatin = optionalString(n, "nameLatin", path);
        o.country = iso(optionalString(n, "country", path), path + ".country");
        o.kind = enumValue(OrgKind.class, optionalString(n, "kind", path), path + ".kind");
        return o;
    }

    private Drafts.PersonDraft person(Object node, String path) {
        Map<String, Object> n = object(node, path, PERSON);
        Drafts.PersonDraft p = new Drafts.PersonDraft(source);
        p.id = id(requiredString(n, "id", path), path + ".id");
        p.names.addAll(arabicList(n, "names", path));
        p.nameLatin = optionalString(n, "nameLatin", path);
        p.country = iso(optionalString(n, "country", path), path + ".country");
        int i = 0;
        for (Object r : array(n, "roles", path)) {
            p.roles.add(role(r, path + ".roles[" + i++ + "]"));
        }
        i = 0;
        for (Object c : array(n, "codes", path)) {
            p.codes.add(code(c, path + ".codes[" + i++ + "]"));
        }
        p.origin = optionalString(n, "source", path);
        return p;
    }

    private void ordered(String from, String to, String path) {
        if (from != null && to != null && from.compareTo(to.substring(0, Math.min(to.length(), from.length()))) > 0) {
            throw error(path, "\"from\" " + from + " is after \"to\" " + to);
        }
    }

    private ActorCode code(Object node, String path) {
        Map<String, Object> n = object(node, path, CODE);
        String code = requiredString(n, "code", path);
        if (!ActorCode.SHAPE.matcher(code).matches()) {
            throw error(path + ".code", "not a CAMEO actor code (upper-case three-letter segments): \"" + code + "\"");
        }
        String from = date(optionalString(n, "from", path), path + ".from");
        String to = date(optionalString(n, "to", path), path + ".to");
        ordered(from, to, path);
        return new ActorCode(code, from, to);
    }

    private RoleEntry role(Object node, String path) {
        Map<String, Object> n = object(node, path, ROLE);
        String title = arabic(requiredString(n, "title", path), path + ".title");
        String country = iso(optionalString(n, "country", path), path + ".country");
        String from = date(optionalString(n, "from", path), path + ".from");
        String to = date(optionalString(n, "to", path), path + ".to");
        ordered(from, to, path);
        return new RoleEntry(title, country, from, to);
    }

    private Drafts.TitleDraft title(Object node, String path) {
        Map<String, Object> n = object(node, path, TITLE);
        Drafts.TitleDraft t = new Drafts.TitleDraft(source);
        t.title = arabic(requiredString(n, "title", path), path + ".title");
        t.forms.addAll(arabicList(n, "forms", path));
        t.category = enumValue(TitleCategory.class, optionalString(n, "category", path), path + ".category");
        Object personal = n.get("personal");
        if (personal != null) {
            if (!(personal instanceof Boolean)) {
                throw error(path + ".personal", "expected true or false");
            }
            t.personal = (Boolean) personal;
        }
        return t;
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private Map<String, Object> object(Object node, String path, Set<String> allowed) {
        if (!(node instanceof Map)) {
            throw error(path, "expected a JSON object");
        }
        Map<String, Object> n = map(node);
        fields(n, path, allowed);
        return n;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }

    private void fields(Map<String, Object> n, String path, Set<String> allowed) {
        for (String name : n.keySet()) {
            if (!allowed.contains(name)) {
                throw error(path, "unknown field \"" + name + "\" (allowed: " + String.join(", ",
                        allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private List<?> array(Map<String, Object> n, String field, String path) {
        Object a = n.get(field);
        if (a == null) {
            return List.of();
        }
        if (!(a instanceof List)) {
            throw error(path + "." + field, "expected a JSON array");
        }
        return (List<?>) a;
    }

    private String requiredString(Map<String, Object> n, String field, String path) {
        String s = optionalString(n, field, path);
        if (s == null) {
            throw error(path, "missing or blank \"" + field + "\"");
        }
        return s;
    }

    private String optionalString(Map<String, Object> n, String field, String path) {
        Object v = n.get(field);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String)) {
            throw error(path + "." + field, "expected a string, found " + JsonTree.typeName(v));
        }
        String s = ((String) v).strip();
        return s.isEmpty() ? null : s;
    }

    private List<String> arabicList(Map<String, Object> n, String field, String path) {
        List<String> out = new ArrayList<>();
        int i = 0;
        for (Object v : array(n, field, path)) {
            String p = path + "." + field + "[" + i++ + "]";
            if (!(v instanceof String s) || s.isBlank()) {
                throw error(p, "expected a non-blank string");
            }
            out.add(arabic(s.strip(), p));
        }
        return out;
    }

    private String arabic(String s, String path) {
        if (s == null) {
            return null;
        }
        if (!Drafts.hasArabicLetter(s)) {
            throw error(path, "\"" + s + "\" is not Arabic text");
        }
        if (LATIN_LETTER.matcher(s).find()) {
            throw error(path, "\"" + s + "\" mixes Latin letters into an Arabic name (use nameLatin)");
        }
        return s;
    }

    private String iso(String code, String path) {
        if (code == null) {
            return null;
        }
        if (!Drafts.isIsoCountry(code)) {
            throw error(path, "unknown ISO 3166-1 alpha-2 country code \"" + code + "\"");
        }
        return code;
    }

    private String id(String id, String path) {
        if (!ID.matcher(id).matches()) {
            throw error(path, "bad id \"" + id + "\" (letters, digits, '.', '_' and '-' only)");
        }
        return id;
    }

    private String date(String s, String path) {
        if (s != null && !DATE.matcher(s).matches()) {
            throw error(path, "bad date \"" + s + "\" (expected yyyy, yyyy-mm or yyyy-mm-dd)");
        }
        return s;
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String s, String path) {
        if (s == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            throw error(path, "unknown value \"" + s + "\" (allowed: "
                    + Arrays.toString(type.getEnumConstants()) + ")");
        }
    }

    private KnowledgeBaseException error(String path, String message) {
        return new KnowledgeBaseException(source, path + ": " + message);
    }
}
