package org.weijian.monitoring.rulebase;

import org.jspecify.annotations.Nullable;

/** A parameter of a version next to its value in the version it is based on ({@code null}: not there). */
public record ParameterChange(String ruleCode, String parameter, String value, @Nullable String previous, String legalBasis) {

	public boolean changed() {
		return !value.equals(previous);
	}

	public String key() {
		return ruleCode + "." + parameter;
	}

}
