package org.weijian.monitoring.dataset;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A monitoring dataset (数据集): its files (the stored names for uploads, the names in the directory for server paths),
 * the original names of an upload, total size and the SHA-256 over the files in the order visits, fees, knowledge base,
 * peers (ADR 0043).
 */
public record DatasetView(long id, String name, String regionCode, DatasetSource source, String visitsFile, String feesFile,
		String kbFile, @Nullable String peersFile, String originalNames, long totalBytes, String contentSha256, Instant createdAt,
		String createdBy) {
}
