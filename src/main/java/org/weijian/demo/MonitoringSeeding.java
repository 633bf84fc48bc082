package org.weijian.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.weijian.monitoring.dataset.DatasetFile;
import org.weijian.monitoring.dataset.DatasetView;
import org.weijian.monitoring.dataset.Datasets;
import org.weijian.monitoring.engine.RuleParameter;
import org.weijian.monitoring.rulebase.RuleBaseDraft;
import org.weijian.monitoring.rulebase.RuleBaseView;
import org.weijian.monitoring.rulebase.RuleBases;
import org.weijian.monitoring.run.RunPurpose;
import org.weijian.monitoring.run.RunStatus;
import org.weijian.monitoring.run.RunView;
import org.weijian.monitoring.run.Runs;
import org.weijian.shared.web.PageQuery;

/**
 * Demo claims monitoring (医保智能监控): as {@code leader.panjin}, the labelled claims sample of 盘锦市 (shipped under
 * {@code demo/claims-sample}) is registered as a dataset, run under the shipped rule base {@code v1} (a MONITOR run: its
 * findings become leads once the leads module listens), a rule base derived from it with {@code SPLIT_ADM.max_gap_days}
 * 30 is published, and the dataset is replayed under it, so the demo shows a difference. Not scaled (the sample is a
 * fixed, labelled extract); deterministic; a step cut off half-way resumes without duplicates.
 */
@Component
@ConditionalOnProperty(name = "weijian.demo.enabled", havingValue = "true")
class MonitoringSeeding implements DemoSeeding {

	static final String DATASET_NAME = "盘锦市医保结算抽取 2025年4–6月（演示样本）";

	static final String RULEBASE_NOTE = "演示：分解住院再入院间隔由 15 天放宽到 30 天，试算影响（回放对比）";

	static final String LEADER = "leader.panjin";

	private static final Logger log = LoggerFactory.getLogger(MonitoringSeeding.class);

	private static final String[][] FILES = { { "visits", "mdtrt_d.csv" }, { "fees", "fee_list_d.csv" }, { "kb", "hilist_kb.csv" },
			{ "peers", "peers.csv" } };

	private final Datasets datasets;

	private final Runs runs;

	private final RuleBases ruleBases;

	private final DemoUsers users;

	private final UserDetailsService accounts;

	MonitoringSeeding(Datasets datasets, Runs runs, RuleBases ruleBases, DemoUsers users, UserDetailsService accounts) {
		this.datasets = datasets;
		this.runs = runs;
		this.ruleBases = ruleBases;
		this.users = users;
		this.accounts = accounts;
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public String name() {
		return "monitoring";
	}

	@Override
	public void seed(DemoDataset dataset) {
		users.seed(dataset); // leader.panjin acts below; the users step skips existing accounts later
		as(LEADER, () -> {
			DatasetView sample = existingDataset().orElseGet(this::upload);
			RunView monitor = run(sample.id(), RunPurpose.MONITOR, "v1").orElseGet(() -> runs.runNow(sample.id(), "v1", false));
			if (monitor.status() != RunStatus.SUCCEEDED) {
				log.warn("Demo data: the claims sample run {} ended {}: {}", monitor.id(), monitor.status(), monitor.problems());
				return null;
			}
			RuleBaseView trial = ruleBases.all().stream().filter(v -> v.note().equals(RULEBASE_NOTE)).findFirst()
				.orElseGet(this::publishTrialVersion);
			RunView replay = run(sample.id(), RunPurpose.REPLAY, trial.version())
				.orElseGet(() -> runs.replayNow(monitor.id(), trial.version()));
			log.info("Demo data: claims sample run {} ({} hits, {} warnings), replay {} under {}", monitor.id(), monitor.hitCount(),
					monitor.warningCount(), replay.id(), trial.version());
			return null;
		});
	}

	private DatasetView upload() {
		DatasetFile[] files = new DatasetFile[FILES.length];
		for (int i = 0; i < FILES.length; i++) {
			String file = FILES[i][1];
			files[i] = DatasetFile.of(file, () -> new ClassPathResource("demo/claims-sample/" + file).getInputStream());
		}
		return datasets.upload(DATASET_NAME, DemoDataset.PANJIN, files[0], files[1], files[2], files[3]);
	}

	private RuleBaseView publishTrialVersion() {
		Map<String, String> values = new LinkedHashMap<>();
		for (RuleParameter p : ruleBases.get("v1").parameters()) {
			values.put(p.ruleCode() + "." + p.parameter(), p.value());
		}
		values.put("SPLIT_ADM.max_gap_days", "30");
		return ruleBases.create(new RuleBaseDraft("v1", values, RULEBASE_NOTE));
	}

	private Optional<DatasetView> existingDataset() {
		return datasets.page(PageQuery.of(0, PageQuery.MAX_SIZE)).items().stream().filter(d -> d.name().equals(DATASET_NAME)).findFirst();
	}

	private Optional<RunView> run(long datasetId, RunPurpose purpose, String version) {
		return runs.page(datasetId, PageQuery.of(0, PageQuery.MAX_SIZE))
			.items()
			.stream()
			.filter(r -> r.purpose() == purpose && r.ruleBaseVersion().equals(version) && r.status() == RunStatus.SUCCEEDED)
			.findFirst();
	}

	/** Runs {@code work} as the demo user, through their real account and authorities. */
	private <T> T as(String username, Supplier<T> work) {
		UserDetails principal = accounts.loadUserByUsername(username);
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
