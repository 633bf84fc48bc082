package org.weijian.registry.subject;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.weijian.identity.DataScope;
import org.weijian.region.Region;
import org.weijian.region.Regions;
import org.weijian.shared.error.InvalidInputException;

/** Narrows a requested region filter to the caller's scope: the deeper of the two prefixes, or nothing. */
public final class ScopeFilter {

	private ScopeFilter() {
	}

	/**
	 * The division-code prefix to filter on; empty when the requested region lies outside the scope (the
	 * search then finds nothing rather than telling what is there).
	 */
	public static Optional<String> regionPrefix(DataScope scope, @Nullable String requested, Regions regions) {
		if (requested == null || requested.isBlank()) {
			return Optional.of(scope.regionPrefix());
		}
		Region region = regions.find(requested.strip())
			.orElseThrow(() -> InvalidInputException.of("region", "error.division.unknown", requested.strip()));
		String wanted = region.prefix();
		if (wanted.startsWith(scope.regionPrefix())) {
			return Optional.of(wanted);
		}
		if (scope.regionPrefix().startsWith(wanted)) {
			return Optional.of(scope.regionPrefix());
		}
		return Optional.empty();
	}

}
