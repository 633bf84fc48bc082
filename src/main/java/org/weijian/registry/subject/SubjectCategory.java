package org.weijian.registry.subject;

import java.util.List;
import java.util.Locale;

import org.weijian.registry.SubjectKind;

/** 监管对象类别 — a category of subject (综合医院, 公共场所, …) and the attributes it carries. */
public record SubjectCategory(String code, SubjectKind kind, String nameZh, String nameEn, List<AttributeDefinition> attributes,
		int sortOrder, boolean active) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}

}
