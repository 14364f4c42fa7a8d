package io.github.khabar.pipeline;

import io.github.khabar.model.Mode;
import io.github.khabar.model.Place;
import io.github.khabar.model.Span;
import io.github.khabar.model.StatementKind;
import io.github.khabar.model.Status;
import io.github.khabar.model.TimeExpression;

import java.util.ArrayList;
import java.util.List;

/** Events as the finders see them, before merging. Confined to one extraction call. */
final class EventDraft {
    private EventDraft() {}

    static final class MeetingDraft {
        final List<String> participants = new ArrayList<>();
        Place place;
        /** The city a venue place is in, when the text names it ("في قصر الوطن بأبوظبي"). */
        Place city;
        TimeExpression time;
        Mode mode = Mode.UNKNOWN;
        Status status = Status.OCCURRED;
        String topic;
        boolean hosted;
        boolean withOfficials;
        /** The status came from a cue (a verb's tense, modality), not the noun's default. */
        boolean statusExplicit;
        int cueToken;
        /** A meeting this one followed in the same place and time ("عقب لقاء …"). */
        MeetingDraft anchor;
        /** The members of a visiting delegation ("وفد روسي … ضم X"). */
        boolean delegation;
        final List<Span> evidence = new ArrayList<>();

        /** The same meeting's facts with no participants yet (to split one telling into several calls). */
        MeetingDraft withoutParticipants() {
            MeetingDraft c = new MeetingDraft();
            c.place = place;
            c.city = city;
            c.time = time;
            c.mode = mode;
            c.status = status;
            c.statusExplicit = statusExplicit;
            c.topic = topic;
            c.hosted = hosted;
            c.withOfficials = withOfficials;
            c.cueToken = cueToken;
            c.anchor = anchor;
            c.delegation = delegation;
            c.evidence.addAll(evidence);
            return c;
        }
    }

    static final class VisitDraft {
        final List<String> visitors = new ArrayList<>();
        Place destination;
        Place origin;
        TimeExpression time;
        Status status = Status.OCCURRED;
        String invitedBy;
        int cueToken;
        boolean statusExplicit;
        /** "آخر زيارة"، "أول زيارة": a visit the text recalls, distinct from others told in its sentence. */
        boolean historical;
        int sentence;
        /** Token after the destination's words, where coordinated destinations may follow. */
        int destinationEnd;
        final List<Span> evidence = new ArrayList<>();

        /** The same visit told of another destination ("يزور السعودية وقطر"). */
        VisitDraft to(Place other, int otherEnd) {
            VisitDraft c = new VisitDraft();
            c.visitors.addAll(visitors);
            c.destination = other;
            c.destinationEnd = otherEnd;
            c.origin = origin;
            c.time = time;
            c.status = status;
            c.statusExplicit = statusExplicit;
            c.invitedBy = invitedBy;
            c.cueToken = cueToken;
            c.historical = historical;
            c.sentence = sentence;
            c.evidence.addAll(evidence);
            return c;
        }
    }

    static final class StatementDraft {
        String speaker;
        String content;
        int contentStart;
        int contentEnd;
        StatementKind kind = StatementKind.REPORTED;
        String cue;
        String via;
        TimeExpression time;
        int cueToken;
        /** A welcome of a guest ("رحب بالضيف"): its speaker carries on, but it is not a statement. */
        boolean hospitality;
        final List<Span> evidence = new ArrayList<>();
    }
}
