package org.weijian.registry;

/** The two kinds of supervised subject (监管对象): 医疗机构 and 公共卫生单位. */
public enum SubjectKind {

	MEDICAL_INSTITUTION, PUBLIC_HEALTH_UNIT;

	public String messageKey() {
		return "subject.kind." + name();
	}

}
