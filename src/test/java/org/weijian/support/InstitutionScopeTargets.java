package org.weijian.support;

import java.util.Optional;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.weijian.identity.ScopeTargets;

/**
 * Lets tests create institution users before the registry answers {@link ScopeTargets#institutionRegion}
 * itself: looks the institution's region up in {@code subject}. Harmless once the registry's own answer
 * exists (both agree).
 */
@TestConfiguration(proxyBeanMethods = false)
public class InstitutionScopeTargets {

	@Bean
	ScopeTargets testInstitutionRegions(JdbcClient jdbc) {
		return new ScopeTargets() {
			@Override
			public Optional<String> institutionRegion(long institutionId) {
				return jdbc.sql("SELECT region_code FROM subject WHERE id = ?").param(institutionId).query(String.class).optional();
			}
		};
	}

}
