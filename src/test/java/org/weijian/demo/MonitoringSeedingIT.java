package org.weijian.demo;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.weijian.monitoring.dataset.DatasetView;
import org.weijian.monitoring.dataset.Datasets;
import org.weijian.monitoring.rulebase.RuleBaseView;
import org.weijian.monitoring.rulebase.RuleBases;
import org.weijian.monitoring.run.DiffSummary;
import org.weijian.monitoring.run.RunPurpose;
import org.weijian.monitoring.run.RunResults;
import org.weijian.monitoring.run.RunStatus;
import org.weijian.monitoring.run.RunView;
import org.weijian.monitoring.run.Runs;
import org.weijian.shared.web.PageQuery;
import org.weijian.support.DemoContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo has the claims sample of 盘锦市 as a dataset, run under v1 with the sample's exact answer, a trial rule base
 * derived from v1 and a replay under it that shows a difference; the step runs once (re-running it adds nothing).
 */
@DemoContext
class MonitoringSeedingIT {

	@Autowired
	MonitoringSeeding step;

	@Autowired
	DemoAreas areas;

	@Autowired
	Datasets datasets;

	@Autowired
	Runs runs;

	@Autowired
	RunResults results;

	@Autowired
	RuleBases ruleBases;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoShowsASampleRunAndAReplayWithADifference() throws Exception {
		assertThat(jdbc.sql("select count(*) from demo_load where step = 'monitoring'").query(Long.class).single()).isEqualTo(1);
		step.seed(new DemoDataset(0.02, 20261123L, areas.areas(), java.time.LocalDate.now()));
		UserDetails leader = accounts.loadUserByUsername(MonitoringSeeding.LEADER);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(leader, null, leader.getAuthorities()));
		try {
			var sample = datasets.page(PageQuery.of(0, 200)).items().stream().filter(d -> d.name().equals(MonitoringSeeding.DATASET_NAME)).toList();
			assertThat(sample).hasSize(1);
			DatasetView dataset = sample.get(0);
			assertThat(dataset.regionCode()).isEqualTo("211100");
			var all = runs.page(dataset.id(), PageQuery.of(0, 200)).items();
			assertThat(all).hasSize(2);
			RunView monitor = all.stream().filter(r -> r.purpose() == RunPurpose.MONITOR).findFirst().orElseThrow();
			RunView replay = all.stream().filter(r -> r.purpose() == RunPurpose.REPLAY).findFirst().orElseThrow();
			assertThat(monitor.status()).isEqualTo(RunStatus.SUCCEEDED);
			assertThat(monitor.ruleBaseVersion()).isEqualTo("v1");
			assertThat(monitor.requestedBy()).isEqualTo(MonitoringSeeding.LEADER);
			Path expected = Path.of(getClass().getResource("/claims-sample/expected_hits.csv").toURI());
			assertThat(monitor.hitCount()).isEqualTo(Files.readAllLines(expected).size() - 1);
			RuleBaseView trial = ruleBases.get(replay.ruleBaseVersion());
			assertThat(trial.note()).isEqualTo(MonitoringSeeding.RULEBASE_NOTE);
			assertThat(trial.basedOn()).isEqualTo("v1");
			assertThat(replay.comparedRunId()).isEqualTo(monitor.id());
			DiffSummary split = results.diff(replay.id()).stream().filter(s -> s.ruleCode().equals("SPLIT_ADM")).findFirst().orElseThrow();
			assertThat(split.added()).isPositive();
			assertThat(split.removed()).isZero();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
