package org.weijian.monitoring.lead;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.weijian.identity.AuditTrail;
import org.weijian.identity.CurrentUsers;
import org.weijian.shared.error.ConflictException;
import org.weijian.shared.error.NotFoundException;
import org.weijian.shared.error.Violations;

/**
 * The configurable time limit of each open stage (ADR 0046), edited by {@code monitoring:rules} and audited.
 * A new limit applies to leads entering the stage afterwards; leads already in it keep the due time they got.
 */
@Service
public class StageLimits {

	static final int MAX_DAYS = 365;

	static final int BASIS_MAX = 1000;

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final AuditTrail audit;

	private final Clock clock;

	StageLimits(JdbcClient jdbc, CurrentUsers currentUsers, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every open stage's limit, in workflow order. */
	public List<StageLimit> list() {
		return jdbc.sql("SELECT stage, days, legal_basis, updated_at, updated_by, version FROM monitoring_stage_limit ORDER BY position")
			.query(StageLimits::map)
			.list();
	}

	/** The limit of an open stage in days. */
	public int days(LeadStage stage) {
		return find(stage).days();
	}

	/**
	 * Sets a stage's limit: {@code days} a whole number 1–{@value #MAX_DAYS}, the basis required (at most
	 * {@value #BASIS_MAX} characters); {@code version} (optional) guards against a concurrent edit (409).
	 */
	@Transactional
	public StageLimit update(String stageName, @Nullable String days, @Nullable String legalBasis, @Nullable Integer version) {
		LeadStage stage = parseStage(stageName);
		Violations v = new Violations();
		Integer d = v.parse("days", days, StageLimits::parseDays);
		String basis = v.text("legalBasis", legalBasis, BASIS_MAX, true);
		v.throwIfAny();
		StageLimit before = find(stage);
		int expected = version == null ? before.version() : version;
		int changed = jdbc.sql("""
				UPDATE monitoring_stage_limit SET days = ?, legal_basis = ?, updated_at = ?, updated_by = ?, version = version + 1
				WHERE stage = ? AND version = ?""")
			.params(d, basis, Timestamp.from(clock.instant()), currentUsers.actorName(), stage.name(), expected)
			.update();
		if (changed != 1) {
			throw new ConflictException("version", "error.concurrent-change");
		}
		StageLimit after = find(stage);
		audit.record("monitoring.stage-limit-changed", "monitoring-stage-limit", stage.name(), null, before, after);
		return after;
	}

	private StageLimit find(LeadStage stage) {
		return jdbc.sql("SELECT stage, days, legal_basis, updated_at, updated_by, version FROM monitoring_stage_limit WHERE stage = ?")
			.param(stage.name())
			.query(StageLimits::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("error.monitoring.stage-limit.not-found", stage.name()));
	}

	private static LeadStage parseStage(String raw) {
		for (LeadStage s : LeadStage.OPEN) {
			if (s.name().equalsIgnoreCase(raw.strip())) {
				return s;
			}
		}
		throw new NotFoundException("error.monitoring.stage-limit.not-found", raw);
	}

	private static Integer parseDays(String raw) {
		try {
			int d = Integer.parseInt(raw.strip());
			if (d >= 1 && d <= MAX_DAYS) {
				return d;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new org.weijian.shared.InvalidValueException("error.monitoring.stage-limit.days", raw, MAX_DAYS);
	}

	private static StageLimit map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new StageLimit(LeadStage.valueOf(rs.getString(1)), rs.getInt(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
				rs.getString(5), rs.getInt(6));
	}

}
