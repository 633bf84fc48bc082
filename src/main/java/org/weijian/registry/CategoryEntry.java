package org.weijian.registry;

import java.util.Locale;

/** 监管对象类别 — one entry of the subject category dictionary as other modules see it. */
public record CategoryEntry(String code, SubjectKind kind, String nameZh, String nameEn, boolean active) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}

}
