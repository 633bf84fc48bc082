package org.weijian.monitoring.dataset;

import org.jspecify.annotations.Nullable;

/**
 * A dataset to register from a directory the server can read: the directory (absolute, under one of the configured
 * import roots) and optionally the file names, which otherwise are found by their patterns ({@code mdtrt_d*.csv},
 * {@code fee_list_d*.csv}, {@code hilist_kb*.csv}, {@code peers*.csv}).
 */
public record ServerPathRequest(@Nullable String name, @Nullable String regionCode, @Nullable String directory,
		@Nullable String visitsFile, @Nullable String feesFile, @Nullable String kbFile, @Nullable String peersFile) {
}
