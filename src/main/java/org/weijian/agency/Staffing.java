package org.weijian.agency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.weijian.identity.AuditTrail;
import org.weijian.region.Population;
import org.weijian.region.Region;
import org.weijian.region.RegionLevel;
import org.weijian.region.Regions;
import org.weijian.shared.error.AccessDeniedToScopeException;
import org.weijian.shared.error.ConflictException;
import org.weijian.shared.error.NotFoundException;
import org.weijian.shared.error.Violations;

/**
 * 执法人员配置 — inspectors per 10,000 residents per region against a configurable standard. Counted:
 * active inspectors of active health (卫生健康) and health-supervision (卫生监督机构) departments whose
 * jurisdiction lies in the region; residents from {@link Regions#population(String)}.
 */
@Service
public class Staffing {

	static final Set<DepartmentKind> COUNTED = EnumSet.of(DepartmentKind.HEALTH, DepartmentKind.HEALTH_SUPERVISION);

	private final Inspectors inspectors;

	private final Departments departments;

	private final Regions regions;

	private final RuleStore rules;

	private final AgencyScope scope;

	private final AuditTrail audit;

	private final Clock clock;

	Staffing(Inspectors inspectors, Departments departments, Regions regions, RuleStore rules, AgencyScope scope, AuditTrail audit,
			Clock clock) {
		this.inspectors = inspectors;
		this.departments = departments;
		this.regions = regions;
		this.rules = rules;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
	}

	/** The figure for one region in the caller's scope (404 outside it). */
	public StaffingFigure figure(String regionCode) {
		Region region = visibleRegion("region", regionCode);
		return figure(region, standard());
	}

	/**
	 * The figure for the region and for every county-level division beneath it (a county answers itself
	 * only), root first.
	 */
	public List<StaffingFigure> byCounty(String rootCode) {
		Region root = visibleRegion("region", rootCode);
		StaffingStandard standard = standard();
		List<StaffingFigure> out = new ArrayList<>();
		out.add(figure(root, standard));
		if (root.level() == RegionLevel.PROVINCE || root.level() == RegionLevel.CITY) {
			for (Region county : regions.descendants(root.code(), RegionLevel.COUNTY)) {
				out.add(figure(county, standard));
			}
		}
		return out;
	}

	public StaffingStandard standard() {
		return rules.byCode(StaffingStandard.CODE).orElseThrow(() -> new IllegalStateException("agency_rule lacks " + StaffingStandard.CODE));
	}

	public List<StaffingStandard> standards() {
		return rules.all();
	}

	/**
	 * Changes a standard. It applies to the whole deployment, so only a user whose scope is not limited to
	 * a region may change it (others: 403).
	 */
	@Transactional
	public StaffingStandard changeStandard(StaffingStandardChange change) {
		String code = Departments.blank(change.code()) ? StaffingStandard.CODE : change.code().strip();
		StaffingStandard before = rules.byCode(code).orElseThrow(() -> new NotFoundException("error.staffing.standard-not-found", code));
		Violations v = new Violations();
		if (change.minPerTenThousand() == null) {
			v.add("minPerTenThousand", "error.field.required");
		}
		else if (change.minPerTenThousand().signum() < 0 || change.minPerTenThousand().compareTo(BigDecimal.valueOf(1000)) > 0) {
			v.add("minPerTenThousand", "error.field.range");
		}
		if (change.maxPerTenThousand() != null && change.minPerTenThousand() != null
				&& change.maxPerTenThousand().compareTo(change.minPerTenThousand()) < 0) {
			v.add("maxPerTenThousand", "error.staffing.max-below-min");
		}
		v.require("legalBasis", change.legalBasis());
		v.maxLength("legalBasis", change.legalBasis(), 500);
		v.maxLength("notes", change.notes(), 1000);
		if (change.verified() == null) {
			v.add("verified", "error.field.required");
		}
		v.throwIfAny();
		if (!scope.current().unrestrictedRegion()) {
			throw new AccessDeniedToScopeException();
		}
		String notes = Departments.blank(change.notes()) ? null : change.notes().strip();
		if (!rules.update(code, change.minPerTenThousand(), change.maxPerTenThousand(), change.legalBasis().strip(), notes,
				change.verified(), change.version(), scope.actor(), clock.instant())) {
			throw new ConflictException("version", "error.concurrent-change");
		}
		StaffingStandard after = rules.byCode(code).orElseThrow();
		audit.record("staffing.standard-changed", "agency_rule", code, null, before, after);
		return after;
	}

	private StaffingFigure figure(Region region, StaffingStandard standard) {
		long count = inspectors.countActive(region.prefix() + "%", COUNTED);
		Optional<Population> population = regions.population(region.code());
		if (population.isEmpty() || population.get().residents() <= 0) {
			return new StaffingFigure(region.code(), regions.fullName(region.code()), count, null, null, null, null,
					StaffingAssessment.NO_POPULATION, standard);
		}
		Population p = population.get();
		BigDecimal ratio = BigDecimal.valueOf(count)
			.multiply(BigDecimal.valueOf(10_000))
			.divide(BigDecimal.valueOf(p.residents()), 2, RoundingMode.HALF_UP);
		return new StaffingFigure(region.code(), regions.fullName(region.code()), count, p.residents(), p.year(), p.source().name(),
				ratio, standard.assess(ratio), standard);
	}

	private Region visibleRegion(String field, String raw) {
		Violations v = new Violations();
		String code = departments.regionCode(v, field, raw);
		v.throwIfAny();
		if (!scope.coversRegion(code)) {
			throw new NotFoundException("error.division.unknown", code);
		}
		return regions.get(code);
	}

}
