/**
 * Demo data: a deterministic generator of a realistic synthetic dataset for 盘锦市 (Liaoning) and
 * 济南市莱芜区 (Shandong) — institutions, units, practitioners, departments, inspectors, grids, licences
 * and demo users — loaded through the other modules' own APIs on the first start of the demo profile,
 * and reused with a scale factor by the benchmarks.
 */
@ApplicationModule(displayName = "Demo data")
@NullMarked
package org.weijian.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
