package org.weijian.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.weijian.shared.Uscc;

/**
 * Generates supervised subjects for a set of areas: names built from the real town names, valid and
 * unique credit codes and 22-character licence registration numbers, realistic beds, grades and
 * category attributes. Deterministic for a given seed.
 */
final class SubjectGenerator {

	private final SplittableRandom random;

	private final Map<String, Integer> nameCounts = new HashMap<>();

	private long seq;

	private final long orgOffset;

	SubjectGenerator(long seed, long orgOffset) {
		this.random = new SplittableRandom(seed);
		this.orgOffset = orgOffset;
	}

	/** {@code institutions} medical institutions and the matching share of public-health units. */
	List<SubjectSeed> generate(List<Area> areas, int institutions) {
		int totalWeight = areas.stream().mapToInt(Area::weight).sum();
		List<SubjectSeed> out = new ArrayList<>();
		for (Area area : areas) {
			int n = Math.max(1, (int) Math.round((double) institutions * area.weight() / totalWeight));
			int units = (int) Math.round(n * InstitutionMix.UNITS.stream().mapToInt(InstitutionMix.Kind::perMille).sum() / 1000.0);
			for (int i = 0; i < n; i++) {
				out.add(institution(area, i == 0 ? "GENERAL_HOSPITAL" : i == 1 ? "TCM_HOSPITAL" : null));
			}
			for (int i = 0; i < units; i++) {
				out.add(unit(area));
			}
		}
		return out;
	}

	private SubjectSeed institution(Area area, String forcedCategory) {
		InstitutionMix.Kind kind = forcedCategory == null ? InstitutionMix.pick(InstitutionMix.MEDICAL, random)
				: InstitutionMix.MEDICAL.stream().filter(k -> k.category().equals(forcedCategory)).findFirst().orElseThrow();
		Area.Town town = area.towns().get(random.nextInt(area.towns().size()));
		int beds = kind.maxBeds() == 0 ? 0 : kind.minBeds() + (int) ((kind.maxBeds() - kind.minBeds()) * Math.pow(random.nextDouble(), 3));
		boolean publicOwned = switch (kind.category()) {
			case "CLINIC", "OUTPATIENT_DEPARTMENT", "MEDICAL_LABORATORY", "NURSING_HOME" -> random.nextInt(10) == 0;
			case "SPECIALTY_HOSPITAL" -> random.nextInt(3) == 0;
			case "GENERAL_HOSPITAL" -> forcedCategory != null || random.nextInt(2) == 0;
			case "VILLAGE_CLINIC", "INFIRMARY" -> random.nextInt(2) == 0;
			default -> true;
		};
		boolean forProfit = !publicOwned && random.nextInt(3) != 0;
		String org = organizationCode();
		String registration = publicOwned ? "12" : forProfit ? "91" : "52";
		String uscc = Uscc.withCheckCharacter(registration + area.countyCode() + org);
		String licence = org + area.countyCode() + (publicOwned ? "11" : "49") + kind.healthCode() + (forProfit ? "2" : "1");
		List<String> subjects = practiceSubjects(kind);
		return new SubjectSeed(++seq, "MEDICAL_INSTITUTION", kind.category(), unique(institutionName(kind, area, town, forcedCategory != null)),
				uscc, kind.category().equals("VILLAGE_CLINIC") || kind.category().equals("TOWNSHIP_HEALTH_CENTER")
						|| kind.category().startsWith("COMMUNITY") ? town.code() : area.countyCode(),
				area.countyCode(), address(area, town), ChineseNames.person(random), ChineseNames.person(random),
				InstitutionMix.grade(kind, beds, random), publicOwned ? "PUBLIC" : "PRIVATE", forProfit, licence, beds, subjects,
				Map.of(), staff(kind, beds));
	}

	private SubjectSeed unit(Area area) {
		InstitutionMix.Kind kind = InstitutionMix.pick(InstitutionMix.UNITS, random);
		Area.Town town = area.towns().get(random.nextInt(area.towns().size()));
		String org = organizationCode();
		String uscc = Uscc.withCheckCharacter((kind.category().equals("SCHOOL") ? "12" : "91") + area.countyCode() + org);
		Map<String, String> attributes = new LinkedHashMap<>();
		String name = switch (kind.category()) {
			case "PUBLIC_PLACE" -> {
				String[][] places = { { "HOTEL", "宾馆" }, { "BATHHOUSE", "洗浴中心" }, { "BEAUTY_SALON", "美发店" },
						{ "SWIMMING", "游泳馆" }, { "THEATRE", "影城" }, { "SHOPPING", "购物中心" }, { "GYM", "健身中心" } };
				String[] p = places[random.nextInt(places.length)];
				attributes.put("placeType", p[0]);
				attributes.put("areaSquareMetres", String.valueOf(80 + random.nextInt(5000)));
				attributes.put("hygieneLicenceNo", "卫公证字[" + (2019 + random.nextInt(7)) + "]第" + area.countyCode() + "-" + seq + "号");
				yield area.countyName() + prefix() + p[1];
			}
			case "SCHOOL" -> {
				String[][] schools = { { "KINDERGARTEN", "幼儿园" }, { "PRIMARY", "小学" }, { "SECONDARY", "中学" } };
				String[] s = schools[random.nextInt(schools.length)];
				attributes.put("schoolType", s[0]);
				attributes.put("students", String.valueOf(120 + random.nextInt(2500)));
				attributes.put("boarding", String.valueOf(random.nextInt(5) == 0));
				yield town.name() + "第" + (1 + random.nextInt(9)) + s[1];
			}
			case "DRINKING_WATER" -> {
				attributes.put("supplyType", random.nextInt(3) == 0 ? "SECONDARY" : "CENTRALISED");
				attributes.put("dailyCapacityTonnes", String.valueOf(200 + random.nextInt(80_000)));
				yield area.cityShortName() + town.name() + "供水站";
			}
			case "OCCUPATIONAL_HAZARD" -> {
				attributes.put("hazardFactors", List.of("粉尘", "噪声", "苯", "高温", "石油类化学品").get(random.nextInt(5)));
				attributes.put("exposedWorkers", String.valueOf(5 + random.nextInt(400)));
				yield area.cityShortName() + prefix() + "化工有限公司";
			}
			case "RADIATION_DIAGNOSIS" -> {
				attributes.put("radiationLicenceNo", "辽卫放证字(" + (2018 + random.nextInt(8)) + ")第" + seq + "号");
				attributes.put("equipmentCount", String.valueOf(1 + random.nextInt(12)));
				yield area.cityShortName() + prefix() + "医学影像中心";
			}
			case "DISINFECTION_PRODUCT" -> {
				attributes.put("productClass", List.of("CLASS_1", "CLASS_2", "CLASS_3").get(random.nextInt(3)));
				yield area.cityShortName() + prefix() + "消毒用品有限公司";
			}
			default -> {
				attributes.put("dailyCapacitySets", String.valueOf(1000 + random.nextInt(30_000)));
				yield area.cityShortName() + prefix() + "餐具消毒有限公司";
			}
		};
		return new SubjectSeed(++seq, "PUBLIC_HEALTH_UNIT", kind.category(), unique(name), uscc, town.code(), area.countyCode(),
				address(area, town), ChineseNames.person(random), ChineseNames.person(random), null, null, null, null, null,
				List.of(), attributes, 0);
	}

	private String institutionName(InstitutionMix.Kind kind, Area area, Area.Town town, boolean flagship) {
		String city = area.cityShortName();
		return switch (kind.category()) {
			case "GENERAL_HOSPITAL" -> flagship ? area.countyName() + "人民医院" : city + prefix() + "医院";
			case "TCM_HOSPITAL" -> flagship ? area.countyName() + "中医医院" : city + prefix() + "中医医院";
			case "INTEGRATED_HOSPITAL" -> city + prefix() + "中西医结合医院";
			case "SPECIALTY_HOSPITAL" -> city + prefix() + pick(InstitutionMix.SPECIALTIES) + "医院";
			case "MATERNAL_CHILD_HEALTH" -> area.countyName() + "妇幼保健院";
			case "COMMUNITY_HEALTH_CENTER" -> town.name() + "社区卫生服务中心";
			case "COMMUNITY_HEALTH_STATION" -> town.name() + prefix() + "社区卫生服务站";
			case "TOWNSHIP_HEALTH_CENTER" -> town.name() + "卫生院";
			case "VILLAGE_CLINIC" -> town.name() + ChineseNames.surname(random) + "家村卫生室";
			case "OUTPATIENT_DEPARTMENT" -> city + prefix() + "门诊部";
			case "CLINIC" -> area.countyName() + (random.nextInt(2) == 0 ? ChineseNames.surname(random) + "氏" : prefix())
					+ (random.nextInt(3) == 0 ? pick(InstitutionMix.SPECIALTIES) : "") + "诊所";
			case "INFIRMARY" -> city + prefix() + "有限公司医务室";
			case "MEDICAL_LABORATORY" -> city + prefix() + "医学检验实验室";
			case "BLOOD_STATION" -> city + "市中心血站";
			case "EMERGENCY_CENTER" -> city + "市急救中心";
			case "CDC" -> area.countyName() + "疾病预防控制中心";
			default -> city + prefix() + kind.suffix();
		};
	}

	private List<String> practiceSubjects(InstitutionMix.Kind kind) {
		List<String> pool = kind.maxBeds() > 0 ? InstitutionMix.PRACTICE_SUBJECTS_HOSPITAL : InstitutionMix.PRACTICE_SUBJECTS_CLINIC;
		int n = kind.maxBeds() > 0 ? 4 + random.nextInt(pool.size() - 4) : 1 + random.nextInt(2);
		return pool.subList(0, n);
	}

	private static int staff(InstitutionMix.Kind kind, int beds) {
		return switch (kind.category()) {
			case "VILLAGE_CLINIC", "INFIRMARY" -> 1;
			case "CLINIC" -> 3;
			case "COMMUNITY_HEALTH_STATION" -> 5;
			case "OUTPATIENT_DEPARTMENT", "MEDICAL_LABORATORY" -> 12;
			case "COMMUNITY_HEALTH_CENTER" -> 35;
			case "BLOOD_STATION", "EMERGENCY_CENTER" -> 50;
			case "CDC" -> 70;
			default -> Math.max(10, (int) (beds * 0.8));
		};
	}

	private String organizationCode() {
		String body = String.format("%08d", (orgOffset + seq * 7919) % 100_000_000);
		return body + Uscc.organizationCheckCharacter(body);
	}

	private String address(Area area, Area.Town town) {
		return area.countyName() + town.name() + pick(List.of("兴盛", "惠宾", "渤海", "石油", "中兴", "泰山", "鲁中", "文化", "人民", "建设"))
				+ (random.nextInt(2) == 0 ? "路" : "街") + (1 + random.nextInt(399)) + "号";
	}

	private String prefix() {
		return pick(InstitutionMix.CLINIC_PREFIXES);
	}

	private <T> T pick(List<T> items) {
		return items.get(random.nextInt(items.size()));
	}

	private String unique(String name) {
		int n = nameCounts.merge(name, 1, Integer::sum);
		return n == 1 ? name : name.replaceFirst("(医院|诊所|卫生室|服务站|门诊部|医务室|实验室|中心|公司|幼儿园|小学|中学|供水站|宾馆|洗浴中心|美发店|游泳馆|影城|健身中心)$",
				"第" + n + "$1");
	}

}
