package org.weijian.monitoring.lead;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** 处理决定 — the measures (codes of {@link DisposalMeasure}, at least one), the amount recovered in yuan (≥ 0) and a note. */
public record Disposal(@Nullable List<String> measures, @Nullable String amountRecovered, @Nullable String note) {
}
