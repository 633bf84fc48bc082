package org.weijian.agency;

/**
 * The kinds of department that share the supervision duty, as the Laiwu opinions (莱芜政办发〔2021〕5号)
 * list them; each kind's default responsibility list comes from {@code agency/default-duties.csv}.
 */
public enum DepartmentKind {

	/** 卫生健康 */
	HEALTH,
	/** 发展改革 */
	DEVELOPMENT_REFORM,
	/** 公安 */
	PUBLIC_SECURITY,
	/** 人力资源社会保障 */
	HUMAN_RESOURCES_SOCIAL_SECURITY,
	/** 财政 */
	FINANCE,
	/** 生态环境 */
	ECOLOGY_ENVIRONMENT,
	/** 市场监管 */
	MARKET_REGULATION,
	/** 医疗保障 */
	MEDICAL_INSURANCE,
	/** 民政 */
	CIVIL_AFFAIRS,
	/** 司法行政 */
	JUSTICE,
	/** 审计 */
	AUDIT,
	/** 行政审批服务 */
	ADMINISTRATIVE_APPROVAL,
	/** 疾病预防控制 (疾控) */
	DISEASE_CONTROL,
	/** 卫生监督机构 */
	HEALTH_SUPERVISION;

	public String messageKey() {
		return "department.kind." + name();
	}

	/** Parses a kind by name (any case); an unknown name is an invalid value. */
	static DepartmentKind parse(String raw) {
		for (DepartmentKind k : values()) {
			if (k.name().equalsIgnoreCase(raw.strip())) {
				return k;
			}
		}
		throw new org.weijian.shared.InvalidValueException("error.department.kind-unknown", raw);
	}

}
