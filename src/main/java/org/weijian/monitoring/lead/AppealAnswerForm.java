package org.weijian.monitoring.lead;

import org.jspecify.annotations.Nullable;

/** The institution's answer: {@code ACCEPT} (认可) or {@code APPEAL} (申诉) with a statement (required then). */
public record AppealAnswerForm(@Nullable String answer, @Nullable String statement) {
}
