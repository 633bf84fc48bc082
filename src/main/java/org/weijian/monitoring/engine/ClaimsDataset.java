package org.weijian.monitoring.engine;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/** The extract files of one run: visits ({@code mdtrt_d}), fee lines ({@code fee_list_d}), knowledge base, peers. */
public record ClaimsDataset(Path visits, Path fees, Path knowledgeBase, @Nullable Path peers) {
}
