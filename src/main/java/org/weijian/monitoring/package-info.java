/**
 * Claims monitoring (医保智能监控): a rule base over the national medical-insurance platform's settlement
 * extracts, compiled to SQL and run on an embedded engine.
 */
@ApplicationModule(displayName = "Claims monitoring", allowedDependencies = { "shared", "identity", "region", "registry", "ledger" })
@NullMarked
package org.weijian.monitoring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
