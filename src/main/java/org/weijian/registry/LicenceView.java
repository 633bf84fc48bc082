package org.weijian.registry;

import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A licence (行政许可证) as other modules, the API and pages see it, with its holder's name and region. */
public record LicenceView(long id, String kindCode, String kindNameZh, String kindNameEn, long holderId, String holderName,
		String holderRegionCode, String number, LocalDate issueDate, LocalDate validFrom, LocalDate validTo,
		@Nullable Integer approvedBeds, @Nullable String scope, @Nullable LocalDate lastVerifiedOn,
		@Nullable LocalDate nextVerificationDue, LicenceStatus status, int version) {

	public String kindName(Locale locale) {
		return "en".equals(locale.getLanguage()) ? kindNameEn : kindNameZh;
	}

}
