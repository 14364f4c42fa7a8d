package io.github.khabar.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Who met whom: two or more participants (one participant when the others are unnamed, e.g. "officials";
 * a {@link ActorType#GROUP} actor stands for "both sides"), where, when, how, on what and how sure the
 * text is that it happened.
 */
public record Meeting(List<String> participants, Place place, TimeExpression time, Mode mode, Status status,
                      String topic, EventCodes codes, List<Span> evidence) {
    public Meeting {
        participants = Checks.nonEmpty(participants, "participants");
        Checks.notNull(mode, "mode");
        Checks.notNull(status, "status");
        topic = Checks.optional(topic);
        Checks.notNull(codes, "codes");
        evidence = Checks.nonEmpty(evidence, "evidence");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Meeting}; not thread-safe, the result is immutable. */
    public static final class Builder {
        private final List<String> participants = new ArrayList<>();
        private Place place;
        private TimeExpression time;
        private Mode mode = Mode.UNKNOWN;
        private Status status = Status.OCCURRED;
        private String topic;
        private EventCodes codes;
        private final List<Span> evidence = new ArrayList<>();

        private Builder() {}

        public Builder participant(String actorId) { participants.add(actorId); return this; }
        public Builder participants(List<String> actorIds) { participants.addAll(actorIds); return this; }
        public Builder place(Place value) { place = value; return this; }
        public Builder time(TimeExpression value) { time = value; return this; }
        public Builder mode(Mode value) { mode = value; return this; }
        public Builder status(Status value) { status = value; return this; }
        public Builder topic(String value) { topic = value; return this; }
        public Builder codes(EventCodes value) { codes = value; return this; }
        public Builder evidence(Span value) { evidence.add(value); return this; }
        public Builder evidence(List<Span> values) { evidence.addAll(values); return this; }

        public Meeting build() {
            EventCodes c = codes != null ? codes
                    : mode == Mode.PHONE || mode == Mode.VIDEO ? EventCodes.of("041", "CONSULT")
                    : EventCodes.of("040", "CONSULT");
            return new Meeting(participants, place, time, mode, status, topic, c, evidence);
        }
    }
}
