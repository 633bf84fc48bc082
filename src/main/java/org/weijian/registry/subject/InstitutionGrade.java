package org.weijian.registry.subject;

/** 医院等级 — the hospital grade (三级甲等 … 未定级). */
public enum InstitutionGrade {

	LEVEL3_SPECIAL, LEVEL3_A, LEVEL3_B, LEVEL3_C, LEVEL3_UNGRADED, LEVEL2_A, LEVEL2_B, LEVEL2_C, LEVEL2_UNGRADED, LEVEL1_A,
	LEVEL1_B, LEVEL1_C, LEVEL1_UNGRADED, UNGRADED;

	public String messageKey() {
		return "subject.grade." + name();
	}

}
