package org.weijian.registry.registration;

import org.jspecify.annotations.Nullable;
import org.weijian.registry.RegistrationKind;
import org.weijian.registry.RegistrationStatus;

/** What the review queue is filtered by. */
public record RegistrationFilter(@Nullable RegistrationStatus status, @Nullable RegistrationKind kind, @Nullable Long holderId) {

	public static final RegistrationFilter ALL = new RegistrationFilter(null, null, null);

}
