package io.github.khabar.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Who visited where: the visitors, the destination, the origin when stated, when, how sure the text is,
 * and who invited them ({@code invitedBy}, an actor id).
 */
public record Visit(List<String> visitors, Place destination, Place origin, TimeExpression time, Status status,
                    String invitedBy, EventCodes codes, List<Span> evidence) {
    public Visit {
        visitors = Checks.nonEmpty(visitors, "visitors");
        Checks.notNull(destination, "destination");
        Checks.notNull(status, "status");
        invitedBy = Checks.optional(invitedBy);
        Checks.notNull(codes, "codes");
        evidence = Checks.nonEmpty(evidence, "evidence");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Visit}; not thread-safe, the result is immutable. */
    public static final class Builder {
        private final List<String> visitors = new ArrayList<>();
        private Place destination;
        private Place origin;
        private TimeExpression time;
        private Status status = Status.OCCURRED;
        private String invitedBy;
        private EventCodes codes = EventCodes.of("042", "CONSULT");
        private final List<Span> evidence = new ArrayList<>();

        private Builder() {}

        public Builder visitor(String actorId) { visitors.add(actorId); return this; }
        public Builder visitors(List<String> actorIds) { visitors.addAll(actorIds); return this; }
        public Builder destination(Place value) { destination = value; return this; }
        public Builder origin(Place value) { origin = value; return this; }
        public Builder time(TimeExpression value) { time = value; return this; }
        public Builder status(Status value) { status = value; return this; }
        public Builder invitedBy(String actorId) { invitedBy = actorId; return this; }
        public Builder codes(EventCodes value) { codes = value; return this; }
        public Builder evidence(Span value) { evidence.add(value); return this; }
        public Builder evidence(List<Span> values) { evidence.addAll(values); return this; }

        public Visit build() {
            return new Visit(visitors, destination, origin, time, status, invitedBy, codes, evidence);
        }
    }
}
