package org.weijian.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import org.springframework.stereotype.Component;
import org.weijian.agency.DepartmentKind;
import org.weijian.agency.DepartmentView;
import org.weijian.agency.Departments;
import org.weijian.agency.InspectorFilter;
import org.weijian.agency.Inspectors;
import org.weijian.agency.NewDepartment;
import org.weijian.agency.NewInspector;
import org.weijian.agency.SupervisionDomain;
import org.weijian.region.Region;
import org.weijian.region.Regions;
import org.weijian.shared.web.PageQuery;

/**
 * Demo departments and inspectors: every kind of department for 盘锦市 and each demo county (济南市莱芜区
 * at its district level), each with its kind's default duty list, and inspectors in the
 * health-supervision departments at about one per 10,000 residents — a few with expired certificates or
 * suspended. Not scaled: the staffing figures should look like a real county's.
 */
@Component
class AgencySeeding implements DemoSeeding {

	private static final List<SupervisionDomain> SPECIALTIES = List.of(SupervisionDomain.MEDICAL_SERVICE,
			SupervisionDomain.PUBLIC_PLACE_HYGIENE, SupervisionDomain.DRINKING_WATER, SupervisionDomain.SCHOOL_HYGIENE,
			SupervisionDomain.OCCUPATIONAL_HEALTH, SupervisionDomain.RADIATION_HEALTH, SupervisionDomain.DISINFECTION_PRODUCTS,
			SupervisionDomain.INFECTIOUS_DISEASE, SupervisionDomain.BLOOD_SAFETY, SupervisionDomain.MATERNAL_CHILD);

	private static final Map<String, String> PROVINCE_SHORT = Map.of("21", "辽", "37", "鲁");

	private final Departments departments;

	private final Inspectors inspectors;

	private final Regions regions;

	AgencySeeding(Departments departments, Inspectors inspectors, Regions regions) {
		this.departments = departments;
		this.inspectors = inspectors;
		this.regions = regions;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public String name() {
		return "agency";
	}

	/** A region to staff: its code, whether it is the city level, its residents and jurisdiction towns. */
	private record Unit(String code, boolean city, long residents, List<Area.Town> towns) {
	}

	@Override
	public void seed(DemoDataset dataset) {
		SplittableRandom random = new SplittableRandom(dataset.seed() ^ 0x5EED_A6E1L);
		List<Unit> units = new ArrayList<>();
		long panjin = dataset.areas().stream().filter(a -> a.countyCode().startsWith("2111")).mapToLong(DemoAreas::residents).sum();
		units.add(new Unit(DemoDataset.PANJIN, true, panjin, List.of()));
		for (Area area : dataset.areas()) {
			units.add(new Unit(area.countyCode(), false, DemoAreas.residents(area), area.towns()));
		}
		if (units.stream().noneMatch(u -> u.code().equals(DemoDataset.LAIWU))) {
			units.add(new Unit(DemoDataset.LAIWU, false, 989_000, List.of()));
		}
		for (Unit unit : units) {
			Map<DepartmentKind, DepartmentView> made = new LinkedHashMap<>();
			for (DepartmentKind kind : DepartmentKind.values()) {
				made.put(kind, department(unit, kind));
			}
			DepartmentView supervision = made.get(DepartmentKind.HEALTH_SUPERVISION);
			if (inspectors.page(new InspectorFilter(null, supervision.id(), null, null, null), PageQuery.of(0, 1)).totalElements() == 0) {
				staff(unit, supervision, dataset.today(), random);
			}
		}
	}

	private DepartmentView department(Unit unit, DepartmentKind kind) {
		String code = unit.code() + "-" + kind.name();
		Optional<DepartmentView> existing = departments.byRegion(unit.code()).stream().filter(d -> d.code().equals(code)).findFirst();
		return existing.orElseGet(() -> departments.create(new NewDepartment(code, name(unit, kind), kind.name(), unit.code())));
	}

	private String name(Unit unit, DepartmentKind kind) {
		Region region = regions.get(unit.code());
		String parent = region.parentCode() == null ? "" : regions.get(region.parentCode()).name();
		String here = region.name();
		String shortHere = here.length() > 2 ? here.substring(0, here.length() - 1) : here;
		boolean city = unit.city();
		return switch (kind) {
			case HEALTH -> here + (city ? "卫生健康委员会" : "卫生健康局");
			case DEVELOPMENT_REFORM -> here + (city ? "发展和改革委员会" : "发展和改革局");
			case PUBLIC_SECURITY -> city ? here + "公安局" : parent + "公安局" + here + "分局";
			case HUMAN_RESOURCES_SOCIAL_SECURITY -> here + "人力资源和社会保障局";
			case FINANCE -> here + "财政局";
			case ECOLOGY_ENVIRONMENT -> city ? here + "生态环境局" : parent + "生态环境局" + shortHere + "分局";
			case MARKET_REGULATION -> here + "市场监督管理局";
			case MEDICAL_INSURANCE -> here + "医疗保障局";
			case CIVIL_AFFAIRS -> here + "民政局";
			case JUSTICE -> here + "司法局";
			case AUDIT -> here + "审计局";
			case ADMINISTRATIVE_APPROVAL -> here + "行政审批服务局";
			case DISEASE_CONTROL -> here + "疾病预防控制中心";
			case HEALTH_SUPERVISION -> here + (city ? "卫生健康综合监督执法支队" : "卫生健康综合监督执法大队");
		};
	}

	/**
	 * About one inspector per 10,000 residents overall: a county's brigade has 0.65–1.0 per 10,000 of its
	 * residents (莱芜区, with no city level in the demo, 0.85–1.15), the city's detachment 0.25 per 10,000
	 * of the city's.
	 */
	private void staff(Unit unit, DepartmentView department, LocalDate today, SplittableRandom random) {
		double perTenThousand = unit.city() ? 0.25 : unit.code().equals(DemoDataset.LAIWU) ? 0.85 + 0.3 * random.nextDouble()
				: 0.65 + 0.35 * random.nextDouble();
		int count = Math.max(1, (int) Math.round(unit.residents() / 10_000.0 * perTenThousand));
		String province = PROVINCE_SHORT.getOrDefault(unit.code().substring(0, 2), "");
		for (int i = 0; i < count; i++) {
			int year = 2019 + random.nextInt(7);
			LocalDate from = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
			LocalDate to = from.plusYears(5).minusDays(1);
			int roll = random.nextInt(100);
			if (roll < 6) {
				to = today.minusDays(1 + random.nextInt(300));
				from = to.minusYears(5).plusDays(1);
			}
			String certificate = province + "卫监证字" + from.getYear() + unit.code() + String.format("%03d", i + 1);
			String jurisdiction = !unit.towns().isEmpty() && random.nextInt(5) == 0
					? unit.towns().get(random.nextInt(unit.towns().size())).code() : unit.code();
			Set<SupervisionDomain> specialties = EnumSet.of(SPECIALTIES.get(i % SPECIALTIES.size()));
			int extra = random.nextInt(3);
			for (int e = 0; e < extra; e++) {
				specialties.add(SPECIALTIES.get(random.nextInt(SPECIALTIES.size())));
			}
			String phone = random.nextInt(10) < 7 ? "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000)) : null;
			long id = inspectors.create(new NewInspector(ChineseNames.person(random), certificate, from.toString(), to.toString(),
					department.id(), jurisdiction, specialties.stream().map(Enum::name).toList(), phone)).id();
			if (roll >= 6 && roll < 9) {
				inspectors.suspend(id, "借调其他岗位，暂停执法（演示数据）");
			}
		}
	}

}
