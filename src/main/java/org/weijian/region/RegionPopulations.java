package org.weijian.region;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.weijian.identity.AuditTrail;
import org.weijian.identity.CurrentUsers;
import org.weijian.identity.DataScope;
import org.weijian.shared.DivisionCode;
import org.weijian.shared.InvalidValueException;
import org.weijian.shared.error.AccessDeniedToScopeException;
import org.weijian.shared.error.ConflictException;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.Violation;
import org.weijian.shared.error.Violations;

/**
 * Records a division's 常住人口 (resident population) for per-capita figures, or clears it so that the
 * sum of its descendants applies again (ADR 0013). Only inside the caller's region scope; optimistic
 * versions keep two editors from overwriting each other; every change is audited.
 */
@Service
public class RegionPopulations {

	/** More people than any division holds; a sanity bound on typing errors, not a regulatory figure. */
	static final long MAX_RESIDENTS = 2_000_000_000L;

	static final int FIRST_YEAR = 1949;

	private final JdbcClient jdbc;

	private final Regions regions;

	private final AuditTrail audit;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	RegionPopulations(JdbcClient jdbc, Regions regions, AuditTrail audit, CurrentUsers currentUsers, Clock clock) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.audit = audit;
		this.currentUsers = currentUsers;
		this.clock = clock;
	}

	/** The division's version, to send back with the next change. */
	public int version(String code) {
		Region region = regions.get(code);
		return jdbc.sql("SELECT version FROM region WHERE code = ?").param(region.code()).query(Integer.class).single();
	}

	/**
	 * Records {@code residents} counted in {@code year} for the division. 400 on a negative or absurd
	 * figure or a year before 1949 or in the future, 404 on an unknown division, 403 outside the
	 * caller's scope, 409 when {@code expectedVersion} is stale.
	 */
	@Transactional
	public Population record(String code, @Nullable Long residents, @Nullable Integer year, @Nullable Integer expectedVersion) {
		Region region = existing(code);
		int thisYear = Year.now(clock).getValue();
		Violations v = new Violations();
		if (residents == null) {
			v.add("residents", "error.field.required");
		}
		else if (residents < 0 || residents > MAX_RESIDENTS) {
			v.add("residents", "error.population.residents", MAX_RESIDENTS);
		}
		if (year == null) {
			v.add("year", "error.field.required");
		}
		else if (year < FIRST_YEAR || year > thisYear) {
			v.add("year", "error.population.year", String.valueOf(FIRST_YEAR), String.valueOf(thisYear));
		}
		if (expectedVersion == null) {
			v.add("version", "error.field.required");
		}
		v.throwIfAny();
		requireWritable(region);
		Map<String, Object> before = recorded(region.code());
		update(region, residents, year, expectedVersion);
		Population after = new Population(residents, year, Population.Source.RECORDED);
		audit.record("region.population-recorded", "region", region.code(), region.code(), before.isEmpty() ? null : before,
				state(residents, year));
		return after;
	}

	/** Removes the division's own figure, so that the sum of its nearest recorded descendants applies. */
	@Transactional
	public void clear(String code, @Nullable Integer expectedVersion) {
		Region region = existing(code);
		if (expectedVersion == null) {
			throw InvalidInputException.of("version", "error.field.required");
		}
		requireWritable(region);
		Map<String, Object> before = recorded(region.code());
		update(region, null, null, expectedVersion);
		audit.record("region.population-cleared", "region", region.code(), region.code(), before.isEmpty() ? null : before, null);
	}

	private Region existing(String code) {
		try {
			return regions.get(DivisionCode.of(code).value());
		}
		catch (InvalidValueException ex) {
			throw new InvalidInputException(Violation.of("code", ex));
		}
	}

	private void requireWritable(Region region) {
		DataScope scope = currentUsers.scope();
		if (!scope.coversRegion(region.code()) || scope.restrictedToInstitution()) {
			throw new AccessDeniedToScopeException();
		}
	}

	private void update(Region region, @Nullable Long residents, @Nullable Integer year, int expectedVersion) {
		int changed = jdbc.sql("""
				UPDATE region SET population = ?, population_year = ?, updated_at = ?, updated_by = ?, version = version + 1
				WHERE code = ? AND version = ?""")
			.params(residents, year, Timestamp.from(clock.instant()), currentUsers.actorName(), region.code(), expectedVersion)
			.update();
		if (changed != 1) {
			throw new ConflictException("version", "error.concurrent-change");
		}
	}

	private Map<String, Object> recorded(String code) {
		return jdbc.sql("SELECT population, population_year FROM region WHERE code = ? AND population IS NOT NULL")
			.param(code)
			.query((rs, i) -> state(rs.getLong(1), (Integer) rs.getObject(2)))
			.optional()
			.orElse(Map.of());
	}

	private static Map<String, Object> state(long residents, @Nullable Integer year) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("residents", residents);
		state.put("year", year);
		return state;
	}

}
