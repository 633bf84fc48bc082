package org.weijian.monitoring.engine;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * Resource limits of the in-process database for one run: its memory limit (e.g. {@code 4GB}; data beyond it spills
 * to {@code tempDirectory}), its worker threads and the directory for spilled data (a fresh temporary directory,
 * deleted after the run, when null). {@link #fromSystemProperties()} reads {@code weijian.monitoring.memory-limit}
 * (default {@code 4GB}), {@code weijian.monitoring.threads} (default: the available processors) and
 * {@code weijian.monitoring.temp-dir}.
 */
public record EngineSettings(String memoryLimit, int threads, @Nullable Path tempDirectory) {

	public EngineSettings {
		if (!memoryLimit.matches("\\d+(\\.\\d+)?\\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)")) {
			throw new IllegalArgumentException("memory limit must look like 4GB, was " + memoryLimit);
		}
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be at least 1, was " + threads);
		}
	}

	public static EngineSettings fromSystemProperties() {
		String dir = System.getProperty("weijian.monitoring.temp-dir");
		return new EngineSettings(System.getProperty("weijian.monitoring.memory-limit", "4GB"),
				Integer.parseInt(System.getProperty("weijian.monitoring.threads",
						String.valueOf(Runtime.getRuntime().availableProcessors()))),
				dir == null || dir.isBlank() ? null : Path.of(dir));
	}

	public EngineSettings withTempDirectory(@Nullable Path directory) {
		return new EngineSettings(memoryLimit, threads, directory);
	}

}
