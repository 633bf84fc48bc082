package org.weijian.monitoring.lead;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.weijian.monitoring.ClaimRuleBreached;

/** Collects every {@link ClaimRuleBreached} published (synchronously, inside the deciding transaction). */
@TestConfiguration(proxyBeanMethods = false)
class ClaimRuleBreachedCapture {

	static final class Events {

		final List<ClaimRuleBreached> received = new CopyOnWriteArrayList<>();

		@EventListener
		void on(ClaimRuleBreached event) {
			received.add(event);
		}

		ClaimRuleBreached of(long leadId) {
			return received.stream().filter(e -> e.leadId() == leadId).findFirst()
				.orElseThrow(() -> new AssertionError("no ClaimRuleBreached for lead " + leadId));
		}

	}

	@Bean
	Events claimRuleBreachedEvents() {
		return new Events();
	}

}
