package org.weijian.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the demo dataset on the first start of a database with the demo profile
 * ({@code weijian.demo.enabled=true}), step by step; finished steps are recorded in {@code demo_load}
 * and never run again.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "weijian.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final List<DemoSeeding> steps;

	private final DemoAreas areas;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final double scale;

	private final long seed;

	DemoDataLoader(List<DemoSeeding> steps, DemoAreas areas, JdbcClient jdbc, Clock clock,
			@Value("${weijian.demo.scale:1}") double scale, @Value("${weijian.demo.seed:20261123}") long seed) {
		this.steps = steps.stream().sorted(Comparator.comparingInt(DemoSeeding::order)).toList();
		this.areas = areas;
		this.jdbc = jdbc;
		this.clock = clock;
		this.scale = scale;
		this.seed = seed;
	}

	@Override
	public void run(ApplicationArguments args) {
		DemoDataset dataset = new DemoDataset(scale, seed, areas.areas(), LocalDate.now(clock));
		for (DemoSeeding step : steps) {
			boolean done = jdbc.sql("select count(*) from demo_load where step = ?").param(step.name()).query(Long.class).single() > 0;
			if (done) {
				continue;
			}
			long started = System.nanoTime();
			step.seed(dataset);
			jdbc.sql("insert into demo_load (step, scale, loaded_at) values (?, ?, ?)")
				.param(step.name()).param(scale).param(java.sql.Timestamp.from(clock.instant()))
				.update();
			log.info("Demo data: {} loaded in {} ms", step.name(), (System.nanoTime() - started) / 1_000_000);
		}
	}

}
