package io.github.khabar.pipeline;

import io.github.khabar.model.Actor;
import io.github.khabar.model.ActorType;
import io.github.khabar.model.Diagnostic;
import io.github.khabar.model.DocumentInfo;
import io.github.khabar.model.EventCodes;
import io.github.khabar.model.Extraction;
import io.github.khabar.model.Meeting;
import io.github.khabar.model.Mode;
import io.github.khabar.model.Place;
import io.github.khabar.model.Span;
import io.github.khabar.model.Statement;
import io.github.khabar.model.Status;
import io.github.khabar.model.TimeExpression;
import io.github.khabar.model.Visit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Stage 5: one event per happening. Mentions of the same meeting (the same participants, or one set
 * within the other; compatible mode, time and place) merge, and so do mentions of the same visit (same
 * visitors, compatible destination and time; an invitation merges with the planned visit it leads to, never with one that happened). Merged
 * events keep all their evidence and the strongest value of each field. Meetings without a place take
 * the destination of a participant's visit. Then the extraction is assembled. Stateless; thread-safe.
 */
final class MergeStage {
    /** How many earlier events a new one is compared with: every event of an article, a bound for any input. */
    private static final int RECENT = 64;
    private final Gazetteer gazetteer;

    MergeStage(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Extraction assemble(PreparedText t, ActorTable actors, EventStage.Events events) {
        java.util.Map<EventDraft.MeetingDraft, EventDraft.MeetingDraft> mergedInto = new java.util.IdentityHashMap<>();
        List<EventDraft.MeetingDraft> meetings = mergeMeetings(actors, events.meetings(), mergedInto);
        inheritFromAnchors(events.meetings(), mergedInto);
        List<EventDraft.VisitDraft> allVisits = new ArrayList<>(events.visits());
        allVisits.addAll(impliedVisits(actors, meetings));
        List<EventDraft.VisitDraft> visits = mergeVisits(allVisits);
        visits.sort(Comparator.comparingInt(v -> v.cueToken));
        linkMeetingsToVisits(t, actors, meetings, visits);

        List<Meeting> outMeetings = new ArrayList<>();
        for (EventDraft.MeetingDraft m : meetings) {
            Mode mode = m.mode == Mode.UNKNOWN && m.place != null ? Mode.IN_PERSON : m.mode;
            outMeetings.add(new Meeting(m.participants, m.place, m.time, mode, m.status, m.topic,
                    meetingCodes(actors, m, mode), sorted(m.evidence)));
        }
        List<Visit> outVisits = new ArrayList<>();
        for (EventDraft.VisitDraft v : visits) {
            outVisits.add(new Visit(v.visitors, v.destination, v.origin, v.time, v.status, v.invitedBy,
                    EventCodes.of("042", "CONSULT"), sorted(v.evidence)));
        }
        List<Statement> outStatements = new ArrayList<>();
        for (EventDraft.StatementDraft s : events.statements()) {
            outStatements.add(new Statement(s.speaker, s.content, s.kind, s.cue, s.via, s.time,
                    EventCodes.of("010", "STATEMENT"), sorted(s.evidence)));
        }
        outMeetings.sort(Comparator.comparingInt(m -> m.evidence().get(0).start()));
        outVisits.sort(Comparator.comparingInt(v -> v.evidence().get(0).start()));

        Set<String> used = new HashSet<>();
        for (ActorTable.ActorDraft d : actors.actors.values()) {
            if (!d.mentions.isEmpty()) used.add(d.id);
        }
        outMeetings.forEach(m -> used.addAll(m.participants()));
        outVisits.forEach(v -> { used.addAll(v.visitors()); if (v.invitedBy() != null) used.add(v.invitedBy()); });
        outStatements.forEach(s -> { used.add(s.speaker()); if (s.via() != null) used.add(s.via()); });
        // a group's members must be listed too
        for (ActorTable.ActorDraft d : actors.actors.values()) {
            if (used.contains(d.id)) used.addAll(d.members);
        }
        List<Actor> outActors = new ArrayList<>();
        for (ActorTable.ActorDraft d : actors.actors.values()) {
            if (!used.contains(d.id) || d.name == null) continue;
            d.mentions.sort(Comparator.comparingInt(Span::start));
            outActors.add(d.build());
        }
        List<Diagnostic> diagnostics = new ArrayList<>(t.diagnostics);
        diagnostics.addAll(actors.diagnostics);
        DocumentInfo info = new DocumentInfo(t.document.id(), t.published, t.text.length(), t.content);
        return new Extraction(info, outActors, outMeetings, outVisits, outStatements, diagnostics);
    }

    private static List<Span> sorted(List<Span> spans) {
        List<Span> out = new ArrayList<>(new LinkedHashSet<>(spans));
        out.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        return out;
    }

    // ---- meetings ---------------------------------------------------------------------------------------

    private List<EventDraft.MeetingDraft> mergeMeetings(ActorTable actors, List<EventDraft.MeetingDraft> in,
                                                         java.util.Map<EventDraft.MeetingDraft, EventDraft.MeetingDraft> mergedInto) {
        List<EventDraft.MeetingDraft> out = new ArrayList<>();
        for (EventDraft.MeetingDraft m : in) {
            EventDraft.MeetingDraft into = null;
            for (int i = Math.max(0, out.size() - RECENT); i < out.size(); i++) {
                EventDraft.MeetingDraft o = out.get(i);
                if (sameMeeting(actors, o, m)) {
                    into = o;
                    break;
                }
            }
            if (into == null) {
                out.add(m);
                mergedInto.put(m, m);
            } else {
                absorb(actors, into, m);
                mergedInto.put(m, into);
            }
        }
        return out;
    }

    /** "عقب لقاء الصفدي وبلينكن، التقى …": a meeting that followed another took place then and there. */
    private static void inheritFromAnchors(List<EventDraft.MeetingDraft> drafts,
                                           java.util.Map<EventDraft.MeetingDraft, EventDraft.MeetingDraft> mergedInto) {
        for (EventDraft.MeetingDraft d : drafts) {
            if (d.anchor == null) continue;
            EventDraft.MeetingDraft self = mergedInto.getOrDefault(d, d);
            EventDraft.MeetingDraft anchor = mergedInto.getOrDefault(d.anchor, d.anchor);
            if (self == anchor) continue;
            if (self.place == null) {
                self.place = anchor.place;
                self.city = anchor.city;
            }
            if (self.time == null) self.time = anchor.time;
        }
    }

    /**
     * A host's reception in its country ("استقبل … في الرياض") and a delegation's talks abroad imply that
     * the guests travelled there: one visit per foreign participant, with the meeting's status and time.
     */
    private List<EventDraft.VisitDraft> impliedVisits(ActorTable actors, List<EventDraft.MeetingDraft> meetings) {
        List<EventDraft.VisitDraft> out = new ArrayList<>();
        for (EventDraft.MeetingDraft m : meetings) {
            if (m.place == null || m.place.country() == null || !(m.hosted || m.delegation)) continue;
            if (m.mode == Mode.PHONE || m.mode == Mode.VIDEO) continue;
            if (m.status != Status.OCCURRED && m.status != Status.ONGOING && m.status != Status.PLANNED) continue;
            List<String> who = new ArrayList<>(expand(actors, m.participants));
            if (m.hosted && !who.isEmpty()) who.remove(0); // the host stays home
            for (String id : who) {
                ActorTable.ActorDraft d = actors.get(id);
                if (d == null || d.type != ActorType.PERSON || d.country == null
                        || d.country.equals(m.place.country())) {
                    continue;
                }
                EventDraft.VisitDraft v = new EventDraft.VisitDraft();
                v.visitors.add(id);
                v.destination = m.city != null ? m.city : m.place; // a guest travels to a city, not a palace
                v.time = m.time;
                v.status = m.status;
                v.cueToken = m.cueToken;
                v.evidence.addAll(m.evidence);
                out.add(v);
            }
        }
        return out;
    }

    private static Set<String> expand(ActorTable actors, List<String> ids) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : ids) {
            ActorTable.ActorDraft d = actors.get(id);
            if (d != null && d.type == ActorType.GROUP) out.addAll(d.members);
            else out.add(id);
        }
        return out;
    }

    private boolean sameMeeting(ActorTable actors, EventDraft.MeetingDraft a, EventDraft.MeetingDraft b) {
        Set<String> x = expand(actors, a.participants);
        Set<String> y = expand(actors, b.participants);
        boolean same = x.equals(y);
        boolean nested = x.containsAll(y) || y.containsAll(x);
        if (!nested) return false;
        // a larger meeting absorbs a smaller one only when both tell the same stage of it
        if (!same && happened(a.status) != happened(b.status)) return false;
        if (Math.min(x.size(), y.size()) < 2 && !(a.withOfficials && b.withOfficials)) return false;
        if (a.mode != Mode.UNKNOWN && b.mode != Mode.UNKNOWN && a.mode != b.mode) return false;
        if (!compatibleTimes(a.time, b.time)) return false;
        if (!compatiblePlaces(a.place, b.place)) return false;
        return compatibleStatus(a.status, b.status);
    }

    private void absorb(ActorTable actors, EventDraft.MeetingDraft into, EventDraft.MeetingDraft m) {
        for (String p : m.participants) {
            if (!into.participants.contains(p) && !expand(actors, into.participants).containsAll(expand(actors, List.of(p)))) {
                into.participants.add(p);
            }
        }
        into.evidence.addAll(m.evidence);
        Place chosen = morePrecise(into.place, m.place);
        if (chosen != into.place) {
            into.place = chosen;
            into.city = m.city; // the city goes with the venue it was named with
        } else if (into.city == null && java.util.Objects.equals(into.place, m.place)) {
            into.city = m.city;
        }
        into.time = betterTime(into.time, m.time);
        if (into.mode == Mode.UNKNOWN) into.mode = m.mode;
        into.status = mergedStatus(into.status, into.statusExplicit, m.status, m.statusExplicit);
        into.statusExplicit |= m.statusExplicit;
        if (into.topic == null) into.topic = m.topic;
        into.hosted |= m.hosted;
        into.withOfficials |= m.withOfficials;
    }

    private EventCodes meetingCodes(ActorTable actors, EventDraft.MeetingDraft m, Mode mode) {
        if (mode == Mode.PHONE || mode == Mode.VIDEO) return EventCodes.of("041", "CONSULT");
        if (m.hosted) return EventCodes.of("043", "CONSULT");
        if (mode == Mode.IN_PERSON && m.place != null && m.place.country() != null) {
            boolean home = false;
            boolean known = false;
            for (String id : expand(actors, m.participants)) {
                ActorTable.ActorDraft d = actors.get(id);
                if (d != null && d.country != null) {
                    known = true;
                    home |= d.country.equals(m.place.country());
                }
            }
            if (known && !home) return EventCodes.of("044", "CONSULT");
        }
        return EventCodes.of("040", "CONSULT");
    }

    // ---- visits -----------------------------------------------------------------------------------------

    private List<EventDraft.VisitDraft> mergeVisits(List<EventDraft.VisitDraft> in) {
        List<EventDraft.VisitDraft> out = new ArrayList<>();
        for (EventDraft.VisitDraft v : in) {
            EventDraft.VisitDraft into = null;
            for (int i = Math.max(0, out.size() - RECENT); i < out.size(); i++) {
                EventDraft.VisitDraft o = out.get(i);
                boolean twoRecalled = o.sentence == v.sentence && (o.historical || v.historical);
                if (!twoRecalled && o.visitors.equals(v.visitors) && compatibleDestinations(o.destination, v.destination)
                        && (compatibleTimes(o.time, v.time) || stayDays(o, v))
                        && (o.status == Status.INVITED ? !happened(v.status) : v.status != Status.INVITED || !happened(o.status))
                        && compatibleStatus(o.status, v.status)) {
                    into = o;
                    break;
                }
            }
            if (into == null) {
                out.add(v);
            } else {
                into.evidence.addAll(v.evidence);
                into.destination = morePrecise(into.destination, v.destination);
                into.time = compatibleTimes(into.time, v.time) ? betterTime(into.time, v.time)
                        : into.time.value().compareTo(v.time.value()) <= 0 ? into.time : v.time; // the arrival
                into.status = mergedStatus(into.status, into.statusExplicit, v.status, v.statusExplicit);
                into.statusExplicit |= v.statusExplicit;
                if (into.invitedBy == null) into.invitedBy = v.invitedBy;
                if (into.origin == null) into.origin = v.origin;
            }
        }
        return out;
    }

    private void linkMeetingsToVisits(PreparedText t, ActorTable actors, List<EventDraft.MeetingDraft> meetings,
                                      List<EventDraft.VisitDraft> visits) {
        java.time.LocalDate published = t.published;
        for (EventDraft.MeetingDraft m : meetings) {
            int sentence = m.cueToken >= 0 && m.cueToken < t.size() ? t.sentence(m.cueToken) : -1;
            if (m.mode == Mode.PHONE || m.mode == Mode.VIDEO) continue;
            if (m.place != null && m.time != null) continue;
            Set<String> who = expand(actors, m.participants);
            EventDraft.VisitDraft best = null;
            int near = nearestByCue(visits, m.cueToken);
            for (int i = Math.max(0, near - RECENT); i < Math.min(visits.size(), near + RECENT); i++) {
                EventDraft.VisitDraft v = visits.get(i);
                if (v.status == Status.INVITED || v.status == Status.CANCELLED || v.status == Status.DENIED) continue;
                if (!v.visitors.stream().anyMatch(who::contains)) continue;
                if (!compatibleTimes(m.time, v.time)) continue;
                if ((m.status == Status.PLANNED || m.status == Status.POSSIBLE) && over(v.time, published)) {
                    continue; // "من المقرر أن يلتقي خلال الزيارة …": not the trip that ended last week
                }
                if (m.place != null && !compatiblePlaces(m.place, v.destination)) continue;
                boolean here = v.sentence == sentence;
                boolean bestHere = best != null && best.sentence == sentence;
                if (best == null || here && !bestHere || here == bestHere
                        && (isCountry(best.destination) && !isCountry(v.destination)
                            || (isCountry(best.destination) == isCountry(v.destination)
                                && Math.abs(v.cueToken - m.cueToken) < Math.abs(best.cueToken - m.cueToken)))) {
                    best = v; // the trip told in the meeting's sentence, a city over a country, then the nearest
                }
            }
            if (best != null) {
                if (m.place == null) m.place = best.destination;
                if (m.time == null) m.time = best.time;
            }
        }
    }

    /** The time lies wholly before the publication date (a past day or week, or PAST_REF). */
    private static boolean over(TimeExpression time, java.time.LocalDate published) {
        if (time == null || published == null) return false;
        String v = time.value();
        if (v.equals("PAST_REF")) return true;
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) return java.time.LocalDate.parse(v).isBefore(published);
            if (v.matches("\\d{4}-W\\d{2}(-WE)?")) {
                java.time.LocalDate monday = java.time.LocalDate.parse(v.substring(0, 8) + "-1",
                        java.time.format.DateTimeFormatter.ISO_WEEK_DATE);
                return monday.plusDays(6).isBefore(published);
            }
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
        return false;
    }

    /** Index of the visit told nearest a token (visits are in text order): comparisons stay local. */
    private static int nearestByCue(List<EventDraft.VisitDraft> visits, int token) {
        int lo = 0;
        int hi = visits.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (visits.get(mid).cueToken < token) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    // ---- field rules ------------------------------------------------------------------------------------

    private static boolean compatibleTimes(TimeExpression a, TimeExpression b) {
        if (a == null || b == null) return true;
        String x = a.value();
        String y = b.value();
        if (x.equals(y) || x.endsWith("_REF") || y.endsWith("_REF")) return true;
        return x.startsWith(y) || y.startsWith(x) || overlapsRange(x, y) || overlapsRange(y, x);
    }

    /**
     * "وصل إلى أبوظبي أمس في زيارة تستغرق ثلاثة أيام" and "استقبله اليوم في أبوظبي": a guest who arrived and
     * is received a day or two later in the same place is on one stay, not two trips.
     */
    private static boolean stayDays(EventDraft.VisitDraft a, EventDraft.VisitDraft b) {
        if (a.time == null || b.time == null || !happened(a.status) || !happened(b.status)) return false;
        try {
            java.time.LocalDate x = java.time.LocalDate.parse(a.time.value());
            java.time.LocalDate y = java.time.LocalDate.parse(b.time.value());
            return Math.abs(java.time.temporal.ChronoUnit.DAYS.between(x, y)) <= 2;
        } catch (java.time.format.DateTimeParseException e) {
            return false; // not a full date
        }
    }

    private static boolean overlapsRange(String range, String day) {
        int slash = range.indexOf('/');
        if (slash < 0) return false;
        String from = range.substring(0, slash);
        String to = range.substring(slash + 1);
        return day.compareTo(from) >= 0 && day.compareTo(to) <= 0 && day.length() == from.length();
    }

    private static boolean compatiblePlaces(Place a, Place b) {
        if (a == null || b == null) return true;
        if (Keys.of(a.name()).equals(Keys.of(b.name()))) return true;
        return a.country() != null && a.country().equals(b.country());
    }

    private static boolean compatibleDestinations(Place a, Place b) {
        return compatiblePlaces(a, b);
    }

    private static boolean happened(Status s) {
        return s == Status.OCCURRED || s == Status.ONGOING;
    }

    private static boolean compatibleStatus(Status a, Status b) {
        boolean aNeg = a == Status.CANCELLED || a == Status.DENIED;
        boolean bNeg = b == Status.CANCELLED || b == Status.DENIED;
        return aNeg == bNeg;
    }

    /** A status a cue stated beats a noun's default; between equals, the surer one wins. */
    private static Status mergedStatus(Status a, boolean aExplicit, Status b, boolean bExplicit) {
        if (aExplicit != bExplicit) return aExplicit ? a : b;
        return stronger(a, b);
    }

    /** OCCURRED over ONGOING over PLANNED over POSSIBLE: a later, surer telling wins. */
    private static Status stronger(Status a, Status b) {
        return certainty(b) > certainty(a) ? b : a;
    }

    private static int certainty(Status s) {
        return switch (s) {
            case OCCURRED -> 6;
            case ONGOING -> 5;
            case PLANNED -> 4;
            case INVITED -> 3;
            case POSSIBLE -> 2;
            case CANCELLED -> 1;
            case DENIED -> 0;
        };
    }

    /** A city over its country; otherwise the first. */
    private Place morePrecise(Place a, Place b) {
        if (a == null) return b;
        if (b == null) return a;
        return isCountry(a) && !isCountry(b) && Objects.equals(a.country(), b.country()) ? b : a;
    }

    private boolean isCountry(Place p) {
        for (Gazetteer.Entry e : gazetteer.lookup(p.name())) {
            if (e.kind() == Gazetteer.Kind.COUNTRY) return true;
        }
        return false;
    }

    /** A specific date over a month or a vague reference. */
    private static TimeExpression betterTime(TimeExpression a, TimeExpression b) {
        if (a == null) return b;
        if (b == null) return a;
        if (a.value().endsWith("_REF") && !b.value().endsWith("_REF")) return b;
        if (b.value().length() > a.value().length() && b.value().startsWith(a.value())) return b;
        return a;
    }
}
