package org.weijian.monitoring.lead;


import org.jspecify.annotations.Nullable;

/**
 * What a reviewer decides at a stage. {@code decision}: {@code CONFIRM}/{@code DISMISS} at 初审 and 复审,
 * {@code UPHOLD}/{@code REJECT} at 核查; a dismissal or rejection needs a note (the reason).
 */
public record LeadDecision(@Nullable String decision, @Nullable String note) {
}
