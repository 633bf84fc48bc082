package org.weijian.agency;

import org.jspecify.annotations.Nullable;

/** What may change on a department: its name and status (code, kind and region are fixed at creation). */
public record DepartmentChange(@Nullable String name, @Nullable String status, int version) {
}
