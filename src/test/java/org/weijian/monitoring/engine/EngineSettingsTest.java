package org.weijian.monitoring.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database limits of a run: defaults, validation, and a given spill directory used and kept. */
class EngineSettingsTest {

	@Test
	void defaultsAreFourGigabytesAndEveryCore() {
		EngineSettings settings = EngineSettings.fromSystemProperties();

		assertThat(settings.memoryLimit()).isEqualTo(System.getProperty("weijian.monitoring.memory-limit", "4GB"));
		assertThat(settings.threads()).isPositive();
	}

	@Test
	void badLimitsAreRefused() {
		assertThatThrownBy(() -> new EngineSettings("lots", 2, null)).hasMessageContaining("memory limit must look like 4GB");
		assertThatThrownBy(() -> new EngineSettings("4GB", 0, null)).hasMessageContaining("threads must be at least 1");
	}

	@Test
	void aRunUsesTheGivenLimitsAndSpillDirectory(@TempDir Path dir) throws Exception {
		Path spill = dir.resolve("spill");
		Path sample = Path.of(EngineSettingsTest.class.getResource("/claims-sample/mdtrt_d.csv").toURI()).getParent();

		MonitoringResult result = new ClaimsEngine(RuleBase.v1(), new EngineSettings("512MB", 1, spill))
			.run(new ClaimsDataset(sample.resolve("mdtrt_d.csv"), sample.resolve("fee_list_d.csv"), sample.resolve("hilist_kb.csv"),
					sample.resolve("peers.csv")), (code, count) -> {
					});

		assertThat(result.hits()).hasSize(72);
		assertThat(Files.isDirectory(spill)).isTrue();
	}

}
