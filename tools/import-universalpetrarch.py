#!/usr/bin/env python3
"""Imports the person entries of UniversalPetrarch's Arabic actor dictionary that check out into the
knowledge base, as kb/persons-imported.json: names, country and dated CAMEO actor codes, each entry with its
provenance (file and line). Reproducible: the same inputs give the same output, byte for byte.

    python3 tools/import-universalpetrarch.py            # from the project root; writes the JSON, prints a report
    python3 tools/import-universalpetrarch.py --check    # only prints the report

Inputs (read-only, beside the checkout):
  ../shared/resources/actors/universalpetrarch-actor_dict_ar_v4.txt   MIT, (c) 2016 Open Event Data Alliance
  ../shared/resources/names/wikidata-person-name-tokens.tsv           CC0, person-name tokens
  core/src/main/resources/io/github/khabar/kb/{persons,titles}.json   the curated knowledge base
  tools/iso3166-alpha3.tsv                                            ISO 3166 alpha-3 -> alpha-2

An entry is imported only when
  - its name is well-formed Arabic: 2 to 5 tokens of Arabic letters after joining the dictionary's "_", every
    token a known person-name token (Wikidata list) or a name particle (بن، ابن، بنت، أبو، عبد، آل، ولد), no
    token a title word of titles.json (رئيس، وزير، أمير ...), none under three letters, no particle at
    either end, not the name of a curated person;
  - it is not a place, organisation or country of the knowledge base, and its surname is not that of a curated
    person of the same country (most such entries are a known person under another spelling);
  - it has at least one dated code line whose code is CAMEO (an ISO 3166 alpha-3 country or IGO, then role
    codes of the CAMEO actor codebook) and whose dates are real days in order (the dictionary's end date
    18000101 means "still held"; "[CODE >date]" and "[CODE <date]" are open ranges);
  - all its country codes name one country (IGO codes aside).
Code lines that fail are dropped (counted); entries left with no good dated code are rejected.
"""
import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "resources"
DICT = SHARED / "actors" / "universalpetrarch-actor_dict_ar_v4.txt"
TOKENS = SHARED / "names" / "wikidata-person-name-tokens.tsv"
KB = ROOT / "core" / "src" / "main" / "resources" / "io" / "github" / "khabar" / "kb"
OUT = KB / "persons-imported.json"
ISO = ROOT / "tools" / "iso3166-alpha3.tsv"

# CAMEO 1.1b3 chapter 3: the role codes that may follow a country code (primary and secondary roles)
ROLES = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "IGO", "NGO", "MED", "EDU", "BUS", "CRM",
         "CVL", "ELI", "HLH", "HRI", "LAB", "LEG", "REF", "AGR", "ENV", "DEV", "UAF", "SEP", "RAD", "MOD",
         "MNC", "SET", "INS", "REL"}
INTERNATIONAL = {"IGO", "NGO"}
PARTICLES = {"بن", "ابن", "بنت", "أبو", "ابو", "عبد", "آل", "ولد", "أبي"}
# words the dictionary joins to names that make them bodies or descriptions, not a person ("نظام صدام" the
# regime, "قوة بدر" the force, "بوش صغير" Bush the younger)
NOT_NAMES = {"نظام", "قوة", "قوات", "حكومة", "جيش", "حركة", "دولة", "مجلس", "صغير", "كبير", "أب", "ابن"}
OPEN_END = "18000101"
ARABIC_TOKEN = re.compile(r"^[\u0621-\u063A\u0641-\u064A]{2,}$")
CODE_LINE = re.compile(r"^\[\s*([A-Z]+)\s+(?:(\d{8})-(\d{8})|>\s*(\d{8})|<\s*(\d{8}))\s*\]$")


def key(s):
    """The comparison form of an Arabic name: no diacritics or tatweel, one alif, ه for ة, ي for ى."""
    s = re.sub(r"[\u064B-\u0652\u0670\u0640]", "", s)
    s = re.sub(r"[أإآ]", "ا", s).replace("ة", "ه").replace("ى", "ي")
    return " ".join(s.split())


def day(d):
    """yyyymmdd as yyyy-mm-dd when it is a real day after 1900, else None."""
    import datetime
    try:
        v = datetime.date(int(d[:4]), int(d[4:6]), int(d[6:]))
    except ValueError:
        return None
    return v.isoformat() if v.year >= 1900 else None


def load_iso():
    m = {}
    for line in ISO.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            a3, a2 = line.split("\t")
            m[a3] = a2
    return m


def load_tokens():
    """The keys of the Wikidata person-name tokens."""
    with TOKENS.open(encoding="utf-8") as f:
        next(f)
        return {key(line.split("	", 1)[0]) for line in f}


def title_words():
    words = set()
    for t in json.loads((KB / "titles.json").read_text(encoding="utf-8"))["titles"]:
        for form in t["forms"]:
            for w in form.split():
                words.add(key(w))
                if key(w).startswith("ال"):
                    words.add(key(w)[2:])
    return words


def bare(token):
    """A name token's key without the article: العثماني and عثماني are one surname."""
    k = key(token)
    return k[2:] if k.startswith("ال") and len(k) > 4 else k


def curated_names():
    """The keys of every curated person's names; (surname, country) and (first name, surname's first three
    letters, country) of each of them."""
    names = set()
    near = set()
    for p in json.loads((KB / "persons.json").read_text(encoding="utf-8"))["persons"]:
        for n in p["names"]:
            t = n.split()
            names.add(key(n))
            near.add((bare(t[-1]), p.get("country")))
            if len(t) > 1:
                near.add((key(t[0]), bare(t[-1])[:3], p.get("country")))
    return names, near


def cross_check(entries_by_person, iso):
    """Compares the dictionary's dated codes of persons the curated knowledge base already has with the curated
    offices: same country, and a curated office of that country starting within 60 days of each dated
    government code that starts after 2000. Returns (counts, disagreements) for the report."""
    import datetime
    persons = {p["id"]: p for p in json.loads((KB / "persons.json").read_text(encoding="utf-8"))["persons"]}
    counts = collections.Counter()
    disagreements = []
    for pid, (line, codes) in sorted(entries_by_person.items()):
        p = persons[pid]
        starts = [r.get("from") for r in p.get("roles", []) if r.get("country") == p.get("country") and r.get("from")]
        for c in codes:
            country = iso.get(c["code"][:3])
            if country is None:
                continue
            counts["country agrees" if country == p.get("country") else "country disagrees"] += 1
            if country != p.get("country"):
                disagreements.append(f"{pid} line {line}: {c['code']} but country {p.get('country')}")
            if "GOV" in c["code"][3:] and "ELI" not in c["code"] and c.get("from", "") >= "2000":
                d = datetime.date.fromisoformat(c["from"])
                near = [f for f in starts if abs((datetime.date.fromisoformat((f + "-01-01")[:10] if len(f) == 4
                        else (f + "-01")[:10]) - d).days) <= 60]
                counts["government start matches a curated office" if near else "government start not in curated offices"] += 1
                if not near:
                    disagreements.append(f"{pid} line {line}: {c['code']} from {c['from']}; curated starts {starts}")
    return dict(counts), disagreements


def other_names():
    """The keys of the names of places, organisations and countries: an entry with one is not a person."""
    names = set()
    for f, field in (("places.json", "places"), ("organizations.json", "organizations")):
        for e in json.loads((KB / f).read_text(encoding="utf-8"))[field]:
            names.update(key(n) for n in e.get("names", []) + [e.get("name") or ""] if n)
    for c in json.loads((KB / "countries.json").read_text(encoding="utf-8"))["countries"]:
        names.update(key(n) for n in c.get("names", []) + [c.get("name") or ""] if n)
    return names


def entries(lines):
    """(line number, raw name, [(line number, code text)]) for every entry of the dictionary."""
    out = []
    for i, raw in enumerate(lines, 1):
        s = raw.strip()
        if not s:
            continue
        if s.startswith("["):
            if out:
                out[-1][2].append((i, s))
            continue
        m = re.match(r"^(\S+)\s*(\[[^\]]*\])?$", s)
        out.append([i, m.group(1) if m else s, [(i, m.group(2))] if m and m.group(2) else []])
    return out


def conflicting(codes):
    """Whether code lines of different entries overlap by more than a month with no role in common: the
    dictionary then names two people, or one wrongly, under one name."""
    import datetime
    def span(c):
        lo = datetime.date.fromisoformat(c.get("from", "1900-01-01"))
        hi = datetime.date.fromisoformat(c.get("to", "2100-01-01"))
        return lo, hi
    def roles(c):
        r = {c["code"][i:i + 3] for i in range(3, len(c["code"]), 3)}
        return r or {c["code"][:3]}
    for i, (la, a) in enumerate(codes):
        for lb, b in codes[i + 1:]:
            if la == lb or roles(a) & roles(b) or a["code"][:3] != b["code"][:3]:
                continue
            (a0, a1), (b0, b1) = span(a), span(b)
            if (min(a1, b1) - max(a0, b0)).days > 31:
                return True
    return False


def name_of(raw):
    """The dictionary's "_"-joined name as words, without the superscript alif and tatweel."""
    return " ".join(t for t in raw.replace("\u0670", "").replace("\u0640", "").split("_") if t)


def code_ok(code, iso):
    if len(code) % 3 or len(code) < 3:
        return False
    head, rest = code[:3], [code[i:i + 3] for i in range(3, len(code), 3)]
    return (head in iso or head in INTERNATIONAL) and all(r in ROLES for r in rest)


def main(check_only):
    iso = load_iso()
    known = load_tokens()
    titles = title_words()
    curated, near = curated_names()
    others = other_names()
    lines = DICT.read_text(encoding="utf-8").split("\n")
    why = collections.Counter()
    dropped_codes = collections.Counter()
    persons = []
    curated_ids = {}
    for p in json.loads((KB / "persons.json").read_text(encoding="utf-8"))["persons"]:
        for n in p["names"]:
            curated_ids.setdefault(key(n), p["id"])
    known_entries = {}
    # a person the dictionary lists several times is one candidate: its entries' dated code lines are pooled
    groups = {}
    for line, raw, code_lines in entries(lines):
        g = groups.setdefault(key(name_of(raw)), [name_of(raw), [], []])
        g[1].append(line)
        g[2].extend((line, c) for _, c in code_lines)
    for name, entry_lines, code_lines in groups.values():
        line = entry_lines[0]
        tokens = name.split()
        dated = [(n, c) for n, c in code_lines if re.search(r"\d{8}", c)]
        if len(entry_lines) > 1:
            why["entries repeating a name (counted once each name below)"] += len(entry_lines) - 1
        if not dated:
            why["no dated code (undated entries are mostly bodies, places and word forms)"] += 1
            continue
        if not 2 <= len(tokens) <= 5 or not all(ARABIC_TOKEN.match(t) for t in tokens):
            why["name not 2-5 Arabic-letter tokens"] += 1
            continue
        if tokens[0] in PARTICLES - {"عبد", "أبو", "ابو"} or tokens[-1] in PARTICLES or any(
                len(t) < 3 for t in tokens if t not in PARTICLES) or (len(tokens) == 2 and tokens[0] in PARTICLES):
            why["name begins or ends with a particle (a bare kunya), or has a token under three letters"] += 1
            continue
        if any(t in NOT_NAMES for t in tokens):
            why["name holds a body or descriptive word"] += 1
            continue
        if key(name) in others:
            why["name of a place, organisation or country"] += 1
            continue
        if any(key(t) in titles for t in tokens if t not in PARTICLES):
            why["name holds a title or body word"] += 1
            continue
        if not all(t in PARTICLES or key(t) in known for t in tokens):
            why["a name token is not a known person-name token"] += 1
            continue
        if key(name) in curated:
            why["already in the curated knowledge base"] += 1
            good = []
            for n, c in dated:
                m = CODE_LINE.match(c)
                if m and m.group(2) and day(m.group(2)):
                    good.append({"code": m.group(1), "from": day(m.group(2))})
            known_entries.setdefault(curated_ids[key(name)], (line, good))
            continue
        nations = {None} | {iso.get(c[1][1:4]) for c in dated}
        if any((bare(tokens[-1]), n) in near or (key(tokens[0]), bare(tokens[-1])[:3], n) in near for n in nations):
            why["surname (or first name and surname's start) of a curated person of the same country: "
                "most are a known person under another spelling"] += 1
            continue
        codes = []
        for n, c in dated:
            m = CODE_LINE.match(c)
            if not m:
                dropped_codes["malformed code line"] += 1
                continue
            code = m.group(1)
            first = m.group(2) or m.group(4)  # "a-b" or ">a"
            last = m.group(3) or m.group(5)  # "a-b" or "<b"
            start = day(first) if first else None
            end = day(last) if last and last != OPEN_END else None
            if not code_ok(code, iso):
                dropped_codes["not a CAMEO code (country or role)"] += 1
            elif (first and start is None) or (last and last != OPEN_END and end is None):
                dropped_codes["not a real date"] += 1
            elif start and end and end < start:
                dropped_codes["ends before it starts"] += 1
            else:
                c = {"code": code, **({"from": start} if start else {}), **({"to": end} if end else {})}
                if c not in [x for _, x in codes]:
                    codes.append((n, c))
        if not codes:
            why["no code line that checks out"] += 1
            continue
        if conflicting(codes):
            why["entries of the name code the same time with unrelated roles (\"جورج بوش\": USAELI and USAGOV)"] += 1
            continue
        codes = [c for _, c in codes]
        countries = {c["code"][:3] for c in codes if c["code"][:3] not in INTERNATIONAL}
        if len(countries) > 1:
            why["codes name more than one country"] += 1
            continue
        # no nameLatin: token-by-token Latin forms of the name list misspell too many names (Baradaeus)
        entry = {"id": "up-" + str(line), "names": [name]}
        if countries:
            entry["country"] = iso[countries.pop()]
        entry["codes"] = sorted(codes, key=lambda c: (c.get("from", ""), c["code"]))
        entry["source"] = DICT.name + ":" + ",".join(str(n) for n in entry_lines)
        persons.append(entry)
    counts, disagreements = cross_check(known_entries, iso)
    report = {"imported": len(persons), "rejected": dict(why.most_common()),
              "code lines dropped from imported entries": dict(dropped_codes.most_common()),
              "curated persons found in the dictionary": len(known_entries),
              "their dated codes against the curated offices": counts}
    print(json.dumps(report, ensure_ascii=False, indent=2))
    if check_only:
        print("\n".join(disagreements))
        return
    body = ",\n".join("    " + json.dumps(p, ensure_ascii=False) for p in persons)
    OUT.write_text('{\n  "version": 1,\n  "description": "Persons imported from UniversalPetrarch\'s Arabic actor '
                   'dictionary (github.com/openeventdata/UniversalPetrarch, branch arabic, actor_dict_ar_v4.txt; MIT, '
                   '(c) 2016 Open Event Data Alliance) by tools/import-universalpetrarch.py: names, country and dated '
                   'CAMEO actor codes; source is the dictionary line. Generated: do not edit, rerun the tool.",\n'
                   '  "persons": [\n' + body + "\n  ]\n}\n", encoding="utf-8")


if __name__ == "__main__":
    main("--check" in sys.argv[1:])
