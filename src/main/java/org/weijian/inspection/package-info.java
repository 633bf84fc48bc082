/**
 * 双随机、一公开 — random inspection plans with publicly verifiable draws (issue 4). So far: the draw
 * algorithm's RFC 3797 core, which third parties can reimplement from the published description.
 */
@ApplicationModule(displayName = "Random inspections", allowedDependencies = { "shared" })
@NullMarked
package org.weijian.inspection;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
