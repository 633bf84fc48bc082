package org.weijian.region;

import org.jspecify.annotations.Nullable;

/** A request to draw a new grid in a town or street; the code is assigned, never chosen. */
public record NewGrid(@Nullable String townCode, @Nullable String name) {
}
