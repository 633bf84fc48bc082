package org.weijian.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic shares of medical-institution categories and their sizes, shaped on the national health
 * statistics yearbook's pattern: clinics and village clinics are the majority, hospitals a few percent.
 */
final class InstitutionMix {

	/** A category's share (per mille), its 卫生机构类别 code for licence numbers, bed range and name suffix. */
	record Kind(String category, int perMille, String healthCode, int minBeds, int maxBeds, String suffix) {
	}

	static final List<Kind> MEDICAL = List.of(
			new Kind("GENERAL_HOSPITAL", 12, "A100", 80, 1500, "医院"),
			new Kind("TCM_HOSPITAL", 4, "A210", 60, 600, "中医医院"),
			new Kind("INTEGRATED_HOSPITAL", 1, "A220", 40, 300, "中西医结合医院"),
			new Kind("SPECIALTY_HOSPITAL", 10, "A500", 20, 400, "专科医院"),
			new Kind("MATERNAL_CHILD_HEALTH", 2, "B100", 50, 400, "妇幼保健院"),
			new Kind("COMMUNITY_HEALTH_CENTER", 15, "D100", 0, 60, "社区卫生服务中心"),
			new Kind("COMMUNITY_HEALTH_STATION", 40, "D200", 0, 0, "社区卫生服务站"),
			new Kind("TOWNSHIP_HEALTH_CENTER", 30, "E100", 10, 99, "卫生院"),
			new Kind("VILLAGE_CLINIC", 340, "F400", 0, 0, "村卫生室"),
			new Kind("OUTPATIENT_DEPARTMENT", 50, "F100", 0, 0, "门诊部"),
			new Kind("CLINIC", 400, "F200", 0, 0, "诊所"),
			new Kind("INFIRMARY", 40, "F300", 0, 0, "医务室"),
			new Kind("MEDICAL_LABORATORY", 6, "H100", 0, 0, "医学检验实验室"),
			new Kind("BLOOD_STATION", 1, "J100", 0, 0, "中心血站"),
			new Kind("EMERGENCY_CENTER", 1, "K100", 0, 0, "急救中心"),
			new Kind("CDC", 3, "L100", 0, 0, "疾病预防控制中心"),
			new Kind("NURSING_HOME", 8, "N100", 30, 200, "护理院"));

	/** Public-health units per 1,000 medical institutions, by category. */
	static final List<Kind> UNITS = List.of(
			new Kind("PUBLIC_PLACE", 170, "", 0, 0, ""),
			new Kind("SCHOOL", 60, "", 0, 0, ""),
			new Kind("DRINKING_WATER", 15, "", 0, 0, ""),
			new Kind("OCCUPATIONAL_HAZARD", 25, "", 0, 0, ""),
			new Kind("RADIATION_DIAGNOSIS", 12, "", 0, 0, ""),
			new Kind("DISINFECTION_PRODUCT", 6, "", 0, 0, ""),
			new Kind("TABLEWARE_DISINFECTION", 3, "", 0, 0, ""));

	static final List<String> CLINIC_PREFIXES = List.of("康宁", "仁和", "济世", "同心", "惠民", "博爱", "安康", "益民", "华康",
			"百姓", "爱民", "长青", "永康", "健民", "民生", "众康");

	static final List<String> SPECIALTIES = List.of("口腔", "眼科", "骨科", "精神", "肿瘤", "儿童", "妇产", "康复", "皮肤", "耳鼻喉");

	static final List<String> PRACTICE_SUBJECTS_HOSPITAL = List.of("预防保健科", "内科", "外科", "妇产科", "儿科", "眼科", "耳鼻咽喉科",
			"口腔科", "皮肤科", "急诊医学科", "康复医学科", "麻醉科", "医学检验科", "病理科", "医学影像科", "中医科");

	static final List<String> PRACTICE_SUBJECTS_CLINIC = List.of("内科", "外科", "口腔科", "中医科", "全科医疗科", "预防保健科");

	private InstitutionMix() {
	}

	static Kind pick(List<Kind> kinds, SplittableRandom random) {
		int total = kinds.stream().mapToInt(Kind::perMille).sum();
		int r = random.nextInt(total);
		for (Kind k : kinds) {
			r -= k.perMille();
			if (r < 0) {
				return k;
			}
		}
		return kinds.get(kinds.size() - 1);
	}

	/** The hospital grade that fits the number of beds (三级 ≥ 500, 二级 ≥ 100). */
	static String grade(Kind kind, int beds, SplittableRandom random) {
		if (!kind.category().endsWith("HOSPITAL") && !kind.category().equals("MATERNAL_CHILD_HEALTH")) {
			return kind.category().equals("TOWNSHIP_HEALTH_CENTER") || kind.category().equals("COMMUNITY_HEALTH_CENTER")
					? "LEVEL1_A" : "UNGRADED";
		}
		if (beds >= 500) {
			return random.nextInt(3) == 0 ? "LEVEL3_B" : "LEVEL3_A";
		}
		if (beds >= 100) {
			return random.nextInt(2) == 0 ? "LEVEL2_A" : "LEVEL2_B";
		}
		return "LEVEL1_A";
	}

}
