package org.weijian.agency;

import org.jspecify.annotations.Nullable;

/**
 * A department to create. {@code code} may be left empty: it is then {@code regionCode-KIND}. Kind is the
 * {@link DepartmentKind} name.
 */
public record NewDepartment(@Nullable String code, @Nullable String name, @Nullable String kind, @Nullable String regionCode) {
}
