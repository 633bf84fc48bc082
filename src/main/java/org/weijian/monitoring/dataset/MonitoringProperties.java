package org.weijian.monitoring.dataset;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Claims monitoring settings ({@code weijian.monitoring.*}).
 *
 * @param storageDir where uploaded datasets are kept (default {@code data/monitoring}, next to the embedded database
 *        and the ledger keys under {@code data/})
 * @param importRoots directories under which datasets may be registered by server path (comma-separated; empty turns
 *        the feature off)
 * @param runThreads how many runs execute at the same time on the background executor
 */
@ConfigurationProperties("weijian.monitoring")
public record MonitoringProperties(@DefaultValue("data/monitoring") String storageDir, @DefaultValue("") List<String> importRoots,
		@DefaultValue("1") int runThreads) {

	public MonitoringProperties {
		if (storageDir.isBlank()) {
			throw new IllegalArgumentException("weijian.monitoring.storage-dir must name a directory");
		}
		if (runThreads < 1 || runThreads > 16) {
			throw new IllegalArgumentException("weijian.monitoring.run-threads must be between 1 and 16");
		}
		importRoots = importRoots.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

}
