package org.weijian.agency;

import java.util.Set;

import org.weijian.shared.InvalidValueException;

/**
 * 监管领域 — a field of supervision. Duty items are filed under one, inspectors specialise in some, and
 * each names the registry's subject category codes ({@code subject_category.code}) it covers, so a random
 * draw can ask whether an inspector's specialties cover the object's category.
 */
public enum SupervisionDomain {

	/** 医疗服务 */
	MEDICAL_SERVICE(Categories.MEDICAL),
	/** 公共场所卫生 */
	PUBLIC_PLACE_HYGIENE(Set.of("PUBLIC_PLACE")),
	/** 生活饮用水卫生 */
	DRINKING_WATER(Set.of("DRINKING_WATER")),
	/** 学校卫生 */
	SCHOOL_HYGIENE(Set.of("SCHOOL")),
	/** 职业卫生 */
	OCCUPATIONAL_HEALTH(Set.of("OCCUPATIONAL_HAZARD")),
	/** 放射卫生 */
	RADIATION_HEALTH(Set.of("RADIATION_DIAGNOSIS")),
	/** 消毒产品 */
	DISINFECTION_PRODUCTS(Set.of("DISINFECTION_PRODUCT", "TABLEWARE_DISINFECTION")),
	/** 传染病防治 */
	INFECTIOUS_DISEASE(Categories.MEDICAL),
	/** 血液安全 (采供血) */
	BLOOD_SAFETY(Set.of("BLOOD_STATION", "GENERAL_HOSPITAL", "TCM_HOSPITAL", "INTEGRATED_HOSPITAL", "SPECIALTY_HOSPITAL",
			"MATERNAL_CHILD_HEALTH")),
	/** 妇幼健康 (母婴保健) */
	MATERNAL_CHILD(Set.of("MATERNAL_CHILD_HEALTH", "GENERAL_HOSPITAL", "SPECIALTY_HOSPITAL", "TOWNSHIP_HEALTH_CENTER",
			"COMMUNITY_HEALTH_CENTER")),
	/** 医保基金 */
	MEDICAL_INSURANCE_FUND(Categories.MEDICAL),
	/** 药品、医疗器械 */
	DRUGS(Categories.MEDICAL),
	/** 价格收费 */
	PRICING(Categories.MEDICAL),
	/** 医疗秩序 */
	MEDICAL_ORDER(Categories.MEDICAL),
	/** 从业人员资格 */
	PRACTITIONER_QUALIFICATION(Categories.MEDICAL),
	/** 信用 */
	CREDIT(Categories.ALL),
	/** 财务和专项资金 */
	FINANCE_FUNDS(Categories.MEDICAL),
	/** 生态环境 (医疗废物、放射性污染) */
	ENVIRONMENTAL_HEALTH(Categories.union(Categories.MEDICAL, Set.of("RADIATION_DIAGNOSIS"))),
	/** 社会组织 */
	SOCIAL_ORGANIZATIONS(Set.of()),
	/** 法制审核、医疗纠纷调解 */
	LEGAL_AFFAIRS(Categories.MEDICAL),
	/** 审计监督 */
	AUDIT_SUPERVISION(Categories.MEDICAL),
	/** 行政许可 */
	LICENSING(Categories.ALL);

	private final Set<String> subjectCategories;

	SupervisionDomain(Set<String> subjectCategories) {
		this.subjectCategories = Set.copyOf(subjectCategories);
	}

	/** The registry subject category codes this domain covers. */
	public Set<String> subjectCategories() {
		return subjectCategories;
	}

	public boolean covers(String subjectCategory) {
		return subjectCategories.contains(subjectCategory);
	}

	public String messageKey() {
		return "domain." + name();
	}

	static SupervisionDomain parse(String raw) {
		for (SupervisionDomain d : values()) {
			if (d.name().equalsIgnoreCase(raw.strip())) {
				return d;
			}
		}
		throw new InvalidValueException("error.domain.unknown", raw);
	}

	private static final class Categories {

		static final Set<String> MEDICAL = Set.of("GENERAL_HOSPITAL", "TCM_HOSPITAL", "INTEGRATED_HOSPITAL", "SPECIALTY_HOSPITAL",
				"MATERNAL_CHILD_HEALTH", "COMMUNITY_HEALTH_CENTER", "COMMUNITY_HEALTH_STATION", "TOWNSHIP_HEALTH_CENTER",
				"VILLAGE_CLINIC", "OUTPATIENT_DEPARTMENT", "CLINIC", "INFIRMARY", "MEDICAL_LABORATORY", "BLOOD_STATION",
				"EMERGENCY_CENTER", "CDC", "NURSING_HOME");

		static final Set<String> PUBLIC_HEALTH = Set.of("PUBLIC_PLACE", "DRINKING_WATER", "SCHOOL", "OCCUPATIONAL_HAZARD",
				"RADIATION_DIAGNOSIS", "DISINFECTION_PRODUCT", "TABLEWARE_DISINFECTION");

		static final Set<String> ALL = union(MEDICAL, PUBLIC_HEALTH);

		static Set<String> union(Set<String> a, Set<String> b) {
			java.util.Set<String> all = new java.util.HashSet<>(a);
			all.addAll(b);
			return Set.copyOf(all);
		}

	}

}
