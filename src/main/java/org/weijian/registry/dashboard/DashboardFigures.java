package org.weijian.registry.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.weijian.identity.CurrentUser;
import org.weijian.identity.CurrentUsers;
import org.weijian.identity.DataScope;
import org.weijian.identity.Permission;
import org.weijian.region.Region;
import org.weijian.region.Regions;
import org.weijian.registry.LicenceView;
import org.weijian.registry.RegistrationStatus;
import org.weijian.registry.RegistrationView;
import org.weijian.registry.licence.Holders;
import org.weijian.registry.licence.LicenceFilter;
import org.weijian.registry.licence.LicenceRepository;
import org.weijian.registry.registration.RegistrationFilter;
import org.weijian.registry.registration.RegistrationRepository;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/**
 * The home dashboard's figures for the current user's scope: subjects by category and by county, licences
 * due for 校验 and expiring soon (the horizons are settings, default 30 and 90 days), pending requests.
 */
@Component
class DashboardFigures {

	/** A labelled count. */
	record Count(String code, String name, long count) {
	}

	record Licences(int withinDays, long count, long overdue, List<LicenceView> items) {
	}

	record Requests(long count, List<RegistrationView> items) {
	}

	record Figures(LocalDate asOf, List<Count> subjectsByCategory, List<Count> subjectsByCounty, Licences verificationDue,
			Licences expiring, @Nullable Requests pendingRequests) {
	}

	private static final int LISTED = 20;

	private final Holders holders;

	private final LicenceRepository licences;

	private final RegistrationRepository requests;

	private final Regions regions;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	private final int verificationHorizon;

	private final int expiryHorizon;

	DashboardFigures(Holders holders, LicenceRepository licences, RegistrationRepository requests, Regions regions,
			CurrentUsers currentUsers, Clock clock, @Value("${weijian.dashboard.verification-days:30}") int verificationHorizon,
			@Value("${weijian.dashboard.expiry-days:90}") int expiryHorizon) {
		if (verificationHorizon < 1 || expiryHorizon < 1) {
			throw new IllegalStateException("weijian.dashboard.verification-days and expiry-days must be at least 1");
		}
		this.holders = holders;
		this.licences = licences;
		this.requests = requests;
		this.regions = regions;
		this.currentUsers = currentUsers;
		this.clock = clock;
		this.verificationHorizon = verificationHorizon;
		this.expiryHorizon = expiryHorizon;
	}

	Figures figures(Locale locale) {
		DataScope scope = currentUsers.scope();
		LocalDate today = LocalDate.now(clock);
		boolean english = "en".equals(locale.getLanguage());
		List<Count> byCategory = holders.countByCategory(scope)
			.stream()
			.map(m -> new Count((String) m.get("code"), (String) m.get(english ? "nameEn" : "nameZh"), (Long) m.get("count")))
			.toList();
		List<Count> byCounty = new ArrayList<>();
		for (Map.Entry<String, Long> e : holders.countByCounty(scope).entrySet()) {
			byCounty.add(new Count(e.getKey(), regions.find(e.getKey()).map(Region::name).orElse(e.getKey()), e.getValue()));
		}
		LicenceFilter dueFilter = new LicenceFilter(null, null, null, verificationHorizon, null, null);
		PageResult<LicenceView> due = licences.page(dueFilter, scope, today, PageQuery.of(0, LISTED));
		LicenceFilter expiringFilter = new LicenceFilter(null, null, null, null, expiryHorizon, null);
		PageResult<LicenceView> expiring = licences.page(expiringFilter, scope, today, PageQuery.of(0, LISTED));
		Requests pending = null;
		CurrentUser user = currentUsers.find().orElse(null);
		if (user == null || user.has(Permission.REGISTRATION_REVIEW) || user.has(Permission.REGISTRATION_FILE)) {
			PageResult<RegistrationView> page = requests.page(new RegistrationFilter(RegistrationStatus.PENDING, null, null), scope,
					PageQuery.of(0, 10));
			pending = new Requests(page.totalElements(), page.items());
		}
		return new Figures(today, byCategory, byCounty,
				new Licences(verificationHorizon, due.totalElements(), licences.countOverdue(scope, today), due.items()),
				new Licences(expiryHorizon, expiring.totalElements(), 0, expiring.items()), pending);
	}

	int verificationHorizon() {
		return verificationHorizon;
	}

	int expiryHorizon() {
		return expiryHorizon;
	}


}
