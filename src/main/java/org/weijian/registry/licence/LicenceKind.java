package org.weijian.registry.licence;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A kind of licence (许可证种类) from {@code licence_kind}: who may hold it, its default validity with the
 * legal basis, and which 校验 rule set applies.
 */
public record LicenceKind(String code, String nameZh, String nameEn, String holderKind, int defaultValidityYears,
		String validityBasis, String validityConfidence, @Nullable String verificationRuleSet) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}

	public boolean acceptsHolder(String subjectKind) {
		return "ANY".equals(holderKind) || holderKind.equals(subjectKind);
	}

}
