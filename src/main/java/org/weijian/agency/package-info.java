/**
 * Agencies: the departments that share the supervision duty in each region, their responsibility lists
 * (权责清单), the inspectors (执法人员) with their enforcement certificates, and staffing figures.
 */
@ApplicationModule(displayName = "Departments and inspectors", allowedDependencies = { "shared", "identity", "region" })
@NullMarked
package org.weijian.agency;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
