package org.weijian.registry.licence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Expires licences whose validity has ended, every night by default ({@code weijian.licences.expiry-cron},
 * in the deployment's time zone). Idempotent: a licence once expired is no longer live, so a second
 * run on the same day changes nothing.
 */
@Component
public class LicenceExpiryJob {

	private static final Logger log = LoggerFactory.getLogger(LicenceExpiryJob.class);

	private static final int CHUNK = 500;

	private final LicenceAdministration administration;

	LicenceExpiryJob(LicenceAdministration administration) {
		this.administration = administration;
	}

	@Scheduled(cron = "${weijian.licences.expiry-cron:0 10 0 * * *}", zone = "${weijian.time-zone:Asia/Shanghai}")
	public int run() {
		int total = 0;
		int done;
		do {
			done = administration.expireEnded(CHUNK);
			total += done;
		}
		while (done == CHUNK);
		if (total > 0) {
			log.info("Licences: {} expired", total);
		}
		return total;
	}

}
