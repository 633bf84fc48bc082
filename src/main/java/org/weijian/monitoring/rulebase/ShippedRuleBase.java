package org.weijian.monitoring.rulebase;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Registers the shipped rule base {@code v1} at start-up when the database does not hold it yet (before the demo). */
@Component
@Order(20)
class ShippedRuleBase implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ShippedRuleBase.class);

	private final RuleBases ruleBases;

	ShippedRuleBase(RuleBases ruleBases) {
		this.ruleBases = ruleBases;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (ruleBases.registerShipped()) {
			log.info("Claims monitoring: registered the shipped rule base {}", RuleBases.SHIPPED);
		}
	}

}
