package org.weijian.region;

import org.jspecify.annotations.Nullable;
import org.weijian.shared.DivisionCode;

/** 行政区划 — an administrative division: code, name, level and parent. */
public record Region(String code, String name, RegionLevel level, @Nullable String parentCode) {

	/** The prefix every division beneath this one starts with. */
	public String prefix() {
		return DivisionCode.significantPrefix(code);
	}

	/** The 12-digit statistical code (统计用区划代码). */
	public String statisticalCode() {
		return DivisionCode.of(code).statisticalCode();
	}

	public boolean covers(String otherCode) {
		return otherCode.startsWith(prefix());
	}

}
